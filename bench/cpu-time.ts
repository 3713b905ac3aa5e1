import { readdirSync, readFileSync } from 'node:fs';

// CPU seconds a process has used so far, all its threads together, read
// from /proc (Linux); undefined elsewhere, and the report then leaves the
// CPU columns empty.
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const ticksPerSecond = 100;
    let ticks = 0;
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / ticksPerSecond;
  } catch {
    return undefined;
  }
}

// CPU seconds this process (the benchmark, hence autocannon) has used.
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
