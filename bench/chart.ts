// A log-log line chart of throughput by payload size, written as plain SVG
// so the benchmark needs no charting package.

export interface Series {
  label: string;
  points: { x: number; y: number }[];
}

const colours = ['#444444', '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
const width = 760;
const height = 440;
const margin = { left: 80, right: 230, top: 40, bottom: 60 };

export function throughputChart(title: string, series: readonly Series[]): string {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => y > 0);
  const low = Math.floor(Math.log10(Math.min(...ys, 1)));
  const high = Math.ceil(Math.log10(Math.max(...ys, 10)));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const xAt = (x: number) => margin.left + (xs.length === 1 ? plotWidth / 2
    : (xs.indexOf(x) / (xs.length - 1)) * plotWidth);
  const yAt = (y: number) => margin.top + plotHeight
    - ((Math.log10(Math.max(y, 10 ** low)) - low) / Math.max(high - low, 1)) * plotHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" `
      + `viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${margin.left}" y="22" font-size="15">${escape(title)}</text>`,
  ];
  for (let power = low; power <= high; power++) {
    const y = yAt(10 ** power);
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${y}" y2="${y}" `
      + 'stroke="#dddddd"/>',
    `<text x="${margin.left - 8}" y="${y + 4}" text-anchor="end">${(10 ** power)
      .toLocaleString('en-US')}</text>`);
  }
  for (const x of xs) {
    parts.push(`<text x="${xAt(x)}" y="${margin.top + plotHeight + 20}" text-anchor="middle">`
      + `${x.toLocaleString('en-US')}</text>`);
  }
  parts.push(`<text x="${margin.left + plotWidth / 2}" y="${height - 15}" text-anchor="middle">`
    + 'logits per request (log scale)</text>',
  `<text transform="translate(18 ${margin.top + plotHeight / 2}) rotate(-90)" `
    + 'text-anchor="middle">requests per second (log scale)</text>');

  series.forEach((s, index) => {
    const colour = colours[index % colours.length]!;
    const path = s.points.map((p) => `${xAt(p.x).toFixed(1)},${yAt(p.y).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of s.points) {
      parts.push(`<circle cx="${xAt(p.x).toFixed(1)}" cy="${yAt(p.y).toFixed(1)}" r="3.5" `
        + `fill="${colour}"/>`);
    }
    const legendY = margin.top + 10 + index * 20;
    const legendX = margin.left + plotWidth + 20;
    parts.push(`<line x1="${legendX}" x2="${legendX + 24}" y1="${legendY}" y2="${legendY}" `
      + `stroke="${colour}" stroke-width="3"/>`,
    `<text x="${legendX + 30}" y="${legendY + 4}">${escape(s.label)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
