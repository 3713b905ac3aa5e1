// The benchmark: `npm run bench` (a few minutes) or `npm run bench -- --smoke`
// (seconds, to prove it still runs). It starts the service and a bare Fastify
// echo itself, drives them alternately with autocannon on 127.0.0.1, checks
// every answer, and writes <date>.json, <date>.md and <date>.svg to
// bench/results (or --out <dir>).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { throughputChart } from './chart.js';
import { load, type LoadResult } from './load.js';
import { measureArithmeticFloor, measureSerialisers } from './micro.js';
import {
  markdownReport, type BenchResults, type CpuHeavy, type Measurement,
} from './report.js';
import { heavyTarget, scenariosFor, type Scenario } from './scenarios.js';
import { startServer, stopAllServers, type RunningServer } from './servers.js';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]!)
  : fileURLToPath(new URL(smoke ? 'results/smoke/' : 'results/', import.meta.url));

// A smoke run proves the benchmark still works end to end (servers, load,
// checks, report) in seconds; its numbers mean nothing.
const settings = smoke
  ? { seconds: 0.1, warmupSeconds: 0, rounds: 1, connections: 2, heavySeconds: 0.1, floorBlocks: 1,
    floorSamples: 1, serialiserSamples: 1, heavyElements: 10_000, sizes: [10, 1000, 10_000] }
  : { seconds: 3, warmupSeconds: 0.5, rounds: 2, connections: 8, heavySeconds: 8, floorBlocks: 5,
    floorSamples: 5, serialiserSamples: 7, heavyElements: 1_000_000,
    sizes: [10, 1000, 100_000] };
const sizes = settings.sizes;

const began = Date.now();

function log(line: string): void {
  const seconds = ((Date.now() - began) / 1000).toFixed(1).padStart(6);
  process.stdout.write(`${seconds} s  ${line}\n`);
}

// Runs each target once per round, in a rotated order, so that every target
// sees the same machine on average; answers must all be 2xx. A short
// unmeasured run first lets each server's JIT warm up.
async function interleaved(
  targets: { id: string; run: (seconds: number) => Promise<LoadResult> }[], rounds: number,
  seconds: number,
): Promise<Map<string, LoadResult[]>> {
  const results = new Map(targets.map((target) => [target.id, [] as LoadResult[]]));
  if (settings.warmupSeconds > 0) {
    for (const target of targets) await target.run(settings.warmupSeconds);
  }
  for (let round = 0; round < rounds; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
    for (const target of order) {
      const result = await target.run(seconds);
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${target.id}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      }
      results.get(target.id)!.push(result);
    }
  }
  return results;
}

function summarise(results: LoadResult[]): Omit<Measurement, 'id' | 'label' | 'elements'> {
  const mean = (pick: (r: LoadResult) => number) =>
    results.reduce((total, r) => total + pick(r), 0) / results.length;
  const meanOf = (pick: (r: LoadResult) => number | undefined) =>
    (results.every((r) => pick(r) !== undefined) ? mean((r) => pick(r)!) : undefined);
  return { requestsPerSecond: mean((r) => r.requestsPerSecond),
    rounds: results.map((r) => r.requestsPerSecond), p50Ms: mean((r) => r.latencyMs.p50),
    p99Ms: mean((r) => r.latencyMs.p99), requests: results.reduce((t, r) => t + r.requests, 0),
    serverCpuMs: meanOf((r) => r.serverCpuMs), clientCpuMs: mean((r) => r.clientCpuMs),
    serverGcMs: meanOf((r) => r.serverGcMs) };
}

async function checkAll(scenarios: Scenario[]): Promise<void> {
  for (const scenario of scenarios) {
    const problem = await scenario.check();
    if (problem) throw new Error(`${scenario.id} at ${scenario.elements}: ${problem}`);
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg();
  log(`probity bench${smoke ? ' (smoke)' : ''}: ${cpus().length} cores, load ${loadBefore[0]}`);

  const floor = measureArithmeticFloor(1_000_000, settings.floorBlocks, settings.floorSamples);
  log(`engine softmax ${floor.engineMs.toFixed(1)} ms vs Math.exp `
    + `${floor.mathExpMs.toFixed(1)} ms over 1M float64`);
  const serialisation = sizes.map((n) => measureSerialisers(n, settings.serialiserSamples));

  try {
    const { echo, probity, inline, pooled, pooledOne } = await startServers();
    log('servers ready');

    const http: Measurement[] = [];
    for (const elements of sizes) {
      const scenarios = scenariosFor(elements, { echo: echo!, probity: probity!,
        inline: inline!, pooled: pooled! });
      await checkAll(scenarios);
      const results = await interleaved(scenarios.map((s) => ({ id: s.id,
        run: (seconds: number) => load(s.target, seconds, settings.connections) })),
      settings.rounds, settings.seconds);
      for (const s of scenarios) {
        const summary = summarise(results.get(s.id)!);
        const measurement = { id: s.id, label: s.label, elements, ...summary };
        http.push(measurement);
        log(`${elements} logits, ${s.label}: ${measurement.requestsPerSecond.toFixed(0)} req/s`);
      }
    }

    const cpuHeavy = await measureHeavy(pooled!, pooledOne!);
    const results: BenchResults = {
      date: started.toISOString(), smoke,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version,
        platform: `${process.platform} ${process.arch}`, loadBefore, loadAfter: loadavg() },
      settings,
      http, floor, serialisation, cpuHeavy,
    };
    writeResults(results);
  } finally {
    await stopAllServers();
  }
}

// A CPU-heavy request on a pool of 2 threads and one of 1, interleaved,
// with the answer in binary (as the request) and in JSON: the two show how
// much of the machine the client's handling of the answer takes.
async function measureHeavy(two: RunningServer, one: RunningServer): Promise<CpuHeavy> {
  const heavy = await heavyTarget(two, settings.heavyElements);
  const answers = [['binary', 'application/octet-stream'], ['json', 'application/json']] as const;
  const pools = [[2, two], [1, one]] as const;
  for (const [, server] of pools) {
    const problem = await heavy.check(server.origin);
    if (problem) throw new Error(`${heavy.label} on ${server.name}: ${problem}`);
  }
  const targets = answers.flatMap(([answer, accept]) => pools.map(([threads, server]) => ({
    id: `${answer}-${threads}`,
    run: (seconds: number) => load({ url: `${server.origin}${heavy.path}`, bodies: [heavy.body],
      contentType: 'application/octet-stream', accept, serverCpuSeconds: server.cpuSeconds },
    seconds, 4),
  })));
  const results = await interleaved(targets, settings.rounds, settings.heavySeconds);
  const forms = answers.map(([answer]) => {
    const form = { answer, twoThreads: summarise(results.get(`${answer}-2`)!),
      oneThread: summarise(results.get(`${answer}-1`)!) };
    log(`${heavy.label}, ${answer} answer: ${form.twoThreads.requestsPerSecond.toFixed(1)} `
      + `req/s with 2 threads, ${form.oneThread.requestsPerSecond.toFixed(1)} with 1`);
    return form;
  });
  return { label: heavy.label, elements: settings.heavyElements, forms };
}

// The echo ceiling and Probity under each dispatch policy. A smoke run
// starts two processes instead of five: one Probity with the default policy
// stands in for all of them.
async function startServers(): Promise<Record<string, RunningServer>> {
  const probity = (name: string, env: Record<string, string> = {}) =>
    startServer(name, 'src/server.ts', env);
  const [echo, defaults] = await Promise.all([
    startServer('echo', 'bench/echo-server.ts'), probity('probity')]);
  if (smoke) {
    return { echo, probity: defaults, inline: defaults, pooled: defaults, pooledOne: defaults };
  }
  const [inline, pooled, pooledOne] = await Promise.all([
    probity('inline', { INLINE_THRESHOLD_BYTES: String(2 ** 40) }),
    probity('pooled', { INLINE_THRESHOLD_BYTES: '0', POOL_THREADS: '2' }),
    probity('pooled-1', { INLINE_THRESHOLD_BYTES: '0', POOL_THREADS: '1' }),
  ]);
  return { echo, probity: defaults, inline, pooled, pooledOne };
}

function writeResults(results: BenchResults): void {
  mkdirSync(outDir, { recursive: true });
  const day = results.date.slice(0, 10);
  const series = [...new Set(results.http.map((m) => m.id))].map((id) => ({
    label: results.http.find((m) => m.id === id)!.label,
    points: results.http.filter((m) => m.id === id)
      .map((m) => ({ x: m.elements, y: m.requestsPerSecond })),
  }));
  writeFileSync(resolve(outDir, `${day}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(resolve(outDir, `${day}.svg`),
    throughputChart(`POST /softmax throughput by payload size (${day})`, series));
  writeFileSync(resolve(outDir, `${day}.md`), markdownReport(results, `${day}.svg`));
  log(`report written to ${resolve(outDir, `${day}.md`)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
