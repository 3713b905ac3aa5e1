import type { FloorResult, SerialiserResult } from './micro.js';

export interface Measurement {
  id: string;
  label: string;
  elements: number;
  requestsPerSecond: number;
  // Requests per second of each round, in the order they ran.
  rounds: number[];
  p50Ms: number;
  p99Ms: number;
  requests: number;
  // Mean CPU milliseconds per request: the server's, all threads (Linux
  // only), and autocannon's.
  serverCpuMs?: number;
  clientCpuMs: number;
  // Garbage collection on Probity's main thread, ms per request (from /metrics).
  serverGcMs?: number;
}

export interface BenchResults {
  date: string;
  smoke: boolean;
  machine: { cpus: number; cpu: string; node: string; platform: string;
    loadBefore: number[]; loadAfter: number[]; };
  settings: Record<string, unknown>;
  http: Measurement[];
  floor: FloorResult;
  serialisation: SerialiserResult[];
  cpuHeavy: CpuHeavy;
}

export type HeavySummary = Omit<Measurement, 'id' | 'label' | 'elements'>;

// The CPU-heavy request with 2 pool threads and with 1, for each form of
// answer; the first form (binary) is the target's.
export interface CpuHeavy {
  label: string;
  elements: number;
  forms: { answer: 'binary' | 'json'; twoThreads: HeavySummary; oneThread: HeavySummary }[];
}

interface TargetCheck {
  name: string;
  goal: string;
  measured: number;
  met: boolean;
  // How far from the goal, as a percentage of it, when missed.
  gap: number;
  why: string;
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function rate(results: BenchResults, id: string, elements: number): number {
  return results.http.find((m) => m.id === id && m.elements === elements)?.requestsPerSecond ?? 0;
}

function atLeast(name: string, measured: number, goal: number, why: string): TargetCheck {
  return { name, goal: `≥ ${goal}×`, measured, met: measured >= goal,
    gap: (goal - measured) / goal * 100, why };
}

function find(results: BenchResults, id: string, elements: number): Measurement | undefined {
  return results.http.find((m) => m.id === id && m.elements === elements);
}

// "server 0.071, client 0.040 ms CPU a request", from one measurement.
function cpuText(m: HeavySummary | undefined): string {
  if (!m) return 'no CPU figures';
  const server = m.serverCpuMs === undefined ? 'n/a' : number(m.serverCpuMs, 3);
  return `server ${server}, autocannon ${number(m.clientCpuMs, 3)} ms CPU a request`;
}

// The task's targets, each with the measured ratio and, when missed, the
// measurements that explain it.
export function targetChecks(r: BenchResults): TargetCheck[] {
  const echo = (n: number) => rate(r, 'echo', n);
  const json = (n: number) => rate(r, 'json', n);
  const cpu = (id: string, n: number) => cpuText(find(r, id, n));
  const large = Math.max(...r.http.map((m) => m.elements));
  const largeLabel = number(large);
  const load = `load average ${number(r.machine.loadBefore[0]!, 1)} on ${r.machine.cpus} cores `
    + 'before the run';
  const [binaryHeavy, jsonHeavy] = r.cpuHeavy.forms;
  const heavyRatio = (form: CpuHeavy['forms'][number] | undefined) => (form
    ? form.twoThreads.requestsPerSecond / form.oneThread.requestsPerSecond : 0);
  return [
    atLeast('10 logits, JSON, vs the echo ceiling', json(10) / echo(10), 0.95,
      `Probity ${number(json(10))}/s (${cpu('json', 10)}), echo ${number(echo(10))}/s `
      + `(${cpu('echo', 10)}). At 10 logits the cost is per request. The echo with `
      + `Probity's headers (security headers, request id, replica) alone drops to `
      + `${number(rate(r, 'echo-headers', 10))}/s (${cpu('echo-headers', 10)}); the rest is `
      + `decoding into a typed tensor, schema and domain checks, timing for /metrics and a `
      + `per-request logger, with autocannon on the same 2 cores (${load}).`),
    atLeast('1,000 logits, JSON, vs the echo ceiling', json(1000) / echo(1000), 1.0,
      `Default ${number(json(1000))}/s (${cpu('json', 1000)}), inline only `
      + `${number(rate(r, 'json-inline', 1000))}/s, pool only `
      + `${number(rate(r, 'json-pooled', 1000))}/s (${cpu('json-pooled', 1000)}), echo `
      + `${number(echo(1000))}/s (${cpu('echo', 1000)}). Both parse and print 1,000 `
      + `full-precision numbers, and Probity also decodes, checks and computes; a worker `
      + `takes that off the event loop, but the hand-off costs CPU of its own on the same 2 `
      + `cores as autocannon (${load}).`),
    atLeast(`${largeLabel} logits, JSON, vs the single-threaded echo`, json(large) / echo(large),
      1.3, `Default ${number(json(large), 1)}/s (${cpu('json', large)}), pool only `
      + `${number(rate(r, 'json-pooled', large), 1)}/s, echo ${number(echo(large), 1)}/s `
      + `(${cpu('echo', large)}). The workers parse, compute and print, but the main thread `
      + `still receives and sends the JSON text and spends `
      + `${number(find(r, 'json', large)?.serverGcMs ?? NaN, 1)} ms a request collecting `
      + `the garbage of those buffers, and autocannon needs a share of the same 2 cores to `
      + `send and read them (${load}).`),
    atLeast(`${largeLabel} logits, binary float32, vs its own JSON form`,
      rate(r, 'binary-float32', large) / json(large), 10,
      `Binary float32 ${number(rate(r, 'binary-float32', large))}/s `
      + `(${cpu('binary-float32', large)}) against JSON ${number(json(large), 1)}/s. A bare `
      + `Fastify echo of the same float32 bytes manages `
      + `${number(rate(r, 'echo-binary-float32', large))}/s (${cpu('echo-binary-float32', large)}):`
      + ` autocannon decodes every answer body into a string, which for binary bytes costs `
      + `it more than the server's whole request, on the same 2 cores (${load}).`),
    { name: 'engine softmax over 1M float64, vs Math.exp alone', goal: '≤ 1.2×',
      measured: r.floor.ratio, met: r.floor.ratio <= 1.2, gap: (r.floor.ratio - 1.2) / 1.2 * 100,
      why: `Besides one Math.exp per element, softmax must find the maximum first and scale `
        + `by 1/sum last: two more passes over the array, and a sum `
        + `(${number(r.floor.engineMs, 1)} ms against ${number(r.floor.mathExpMs, 1)} ms, CPU `
        + `time). Over ${number(r.floor.cachedElements)} logits at a time, which stay in `
        + `cache, the ratio is ${number(r.floor.cachedRatio, 2)}×.` },
    atLeast(`${r.cpuHeavy.label}, binary: 2 pool threads vs 1`, heavyRatio(binaryHeavy), 1.7,
      `${number(binaryHeavy?.twoThreads.requestsPerSecond ?? 0, 2)}/s `
      + `(${cpuText(binaryHeavy?.twoThreads)}) against `
      + `${number(binaryHeavy?.oneThread.requestsPerSecond ?? 0, 2)}/s. Two threads can only `
      + `double throughput while the rest of the work is small: here autocannon decodes `
      + `each ${number(r.cpuHeavy.elements * 8 / 2 ** 20, 1)} MiB binary answer into a string `
      + `on the same 2 cores. With JSON answers, `
      + `which it reads quickly, the same requests scale ${number(heavyRatio(jsonHeavy), 2)}× `
      + `(${cpuText(jsonHeavy?.twoThreads)}; ${load}).`),
  ];
}

export function markdownReport(r: BenchResults, chartFile: string): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(`# Probity benchmark, ${r.date.slice(0, 16).replace('T', ' ')} UTC`, '',
    `Generated by \`npm run bench${r.smoke ? ' -- --smoke' : ''}\` (bench/run.ts); do not edit.`,
    r.smoke ? '**Smoke run: durations far too short for the numbers to mean anything.**' : '', '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.platform}, Node ${r.machine.node}.`,
    `Load average (1, 5, 15 min) before: ${r.machine.loadBefore.map((v) => number(v, 2))
      .join(', ')}; after: ${r.machine.loadAfter.map((v) => number(v, 2)).join(', ')}.`,
    'The machine may be shared: compare the ratios, measured in the same run with the targets '
      + 'interleaved, rather than the absolute numbers.',
    `Settings: ${JSON.stringify(r.settings)}.`, '');

  push('## Targets', '', '| target | goal | measured | met |', '| --- | --- | --- | --- |');
  const checks = targetChecks(r);
  for (const c of checks) {
    push(`| ${c.name} | ${c.goal} | ${number(c.measured, 2)}× | `
      + `${c.met ? 'yes' : `no, ${number(c.gap, 0)}% short`} |`);
  }
  const missed = checks.filter((c) => !c.met);
  if (missed.length > 0) {
    push('', 'Why the missed targets were missed:', '');
    for (const c of missed) push(`- **${c.name}**: ${c.why}`);
  }

  push('', '## HTTP throughput', '', `![throughput by payload size](${chartFile})`, '',
    '| logits | server | req/s | × echo | p50 ms | p99 ms | server CPU ms/req '
      + '| main-thread GC ms/req | autocannon CPU ms/req | req/s per round |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const m of r.http) {
    const ceiling = rate(r, 'echo', m.elements);
    push(`| ${number(m.elements)} | ${m.label} | ${number(m.requestsPerSecond, 1)} | `
      + `${number(m.requestsPerSecond / ceiling, 2)} | ${number(m.p50Ms, 1)} | `
      + `${number(m.p99Ms, 1)} | `
      + `${m.serverCpuMs === undefined ? 'n/a' : number(m.serverCpuMs, 3)} | `
      + `${m.serverGcMs === undefined ? 'n/a' : number(m.serverGcMs, 3)} | `
      + `${number(m.clientCpuMs, 3)} | ${m.rounds.map((v) => number(v, 0)).join(', ')} |`);
  }

  push('', '## CPU-heavy requests', '', `${r.cpuHeavy.label}, binary float64 request, `
    + 'pool only, 4 connections:', '',
    '| answer | threads | req/s | server CPU ms/req | autocannon CPU ms/req |',
    '| --- | ---: | ---: | ---: | ---: |');
  for (const form of r.cpuHeavy.forms) {
    for (const [threads, m] of [[2, form.twoThreads], [1, form.oneThread]] as const) {
      push(`| ${form.answer} | ${threads} | ${number(m.requestsPerSecond, 2)} | `
        + `${m.serverCpuMs === undefined ? 'n/a' : number(m.serverCpuMs, 1)} | `
        + `${number(m.clientCpuMs, 1)} |`);
    }
  }

  push('', '## Engine against the arithmetic floor', '',
    `Softmax of ${number(r.floor.elements)} float64 logits: ${number(r.floor.engineMs, 2)} ms; `
    + `Math.exp of each into a reused buffer: ${number(r.floor.mathExpMs, 2)} ms `
    + `(${number(r.floor.ratio, 2)}×); the same over ${number(r.floor.cachedElements)} logits `
    + `at a time, in cache: ${number(r.floor.cachedRatio, 2)}×. Both write into a buffer they `
    + 'reuse (the service normalises the decoded request in place). Least CPU time of the '
    + 'samples, alternating blocks.');

  const names = Object.keys(r.serialisation[0]?.microseconds ?? {});
  push('', '## JSON serialisation of a Float64Array answer', '',
    'Least CPU time per answer in microseconds over rounds that take each writer in turn, with '
      + 'numbers that change from answer to answer (bench/micro.ts); the service uses the first.',
    '', `| numbers | ${names.join(' | ')} | fastest |`,
    `| ---: | ${names.map(() => '---:').join(' | ')} | --- |`);
  for (const s of r.serialisation) {
    push(`| ${number(s.elements)} | ${names.map((n) => number(s.microseconds[n]!, 1))
      .join(' | ')} | ${s.winner} |`);
  }
  return `${lines.join('\n')}\n`;
}
