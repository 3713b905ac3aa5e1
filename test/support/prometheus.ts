// Reads one sample out of a Prometheus text exposition: the value of the
// series with this name whose labels include all the given ones, summed
// over any other labels. Absent series read as 0.
export function sampleValue(text: string, name: string,
  labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = parseLabels(match[2] ?? '');
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) {
      total += Number(match[3]);
    }
  }
  return total;
}

export function hasSeries(text: string, name: string): boolean {
  return text.split('\n').some((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`));
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
    labels[match[1] as string] = match[2] as string;
  }
  return labels;
}
