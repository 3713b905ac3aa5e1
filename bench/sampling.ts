// Times the sampler on a 50,000-token vocabulary and writes the table to
// bench/results/sampling.md. Run: npx tsx bench/sampling.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { SeededRandom } from '../src/engine/random.js';
import { noFilters, type SamplingFilters } from '../src/engine/sampling-filters.js';
import { sampleNextTokens } from '../src/engine/sampling.js';
import { softmax } from '../src/engine/softmax.js';
import { Tensor } from '../src/engine/tensor.js';

const vocabulary = 50_000;
const runs = 60;

// Logits shaped roughly like a language model's: a sum of uniforms is close
// to normal, scaled so that a few hundred tokens carry most of the mass.
const random = new SeededRandom(1);
const logits = new Tensor(Float64Array.from({ length: vocabulary },
  () => (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 6),
[vocabulary]);

const cases: Array<[string, Partial<SamplingFilters>, number]> = [
  ['no filter, n = 1', {}, 1],
  ['top-k 50, n = 1', { topK: 50 }, 1],
  ['top-k 50, top-p 0.9, n = 1', { topK: 50, topP: 0.9 }, 1],
  ['top-p 0.9, n = 1', { topP: 0.9 }, 1],
  ['top-p 0.99, n = 1', { topP: 0.99 }, 1],
  ['min-p 0.05, n = 1', { minP: 0.05 }, 1],
  ['top-k 50, n = 10,000', { topK: 50 }, 10_000],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time(action: () => void): number {
  for (let i = 0; i < 5; i++) action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows = cases.map(([name, filters, n]) => {
  const ms = time(() => sampleNextTokens(logits, { source: 'logits', temperature: 1,
    filters: { ...noFilters, ...filters }, n, seed: 7 }));
  return `| ${name} | ${ms.toFixed(3)} |`;
});

// For scale: softmax alone, and softmax followed by sorting every index.
const softmaxMs = time(() => softmax(logits, { axis: 'rows', temperature: 1 }));
const sortMs = time(() => {
  const p = softmax(logits, { axis: 'rows', temperature: 1 }).data;
  Int32Array.from({ length: vocabulary }, (_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b);
});

const report = [
  `# Sampling on a ${vocabulary.toLocaleString('en')}-token vocabulary`,
  '',
  `Median of ${runs} runs after 5 warm-up runs, engine only (no HTTP), one row,`,
  `Node ${process.version} on ${cpus()[0]?.model ?? 'an unknown CPU'}, load average`,
  `${loadavg()[0]!.toFixed(1)} over ${cpus().length} cores when it ran.`,
  '',
  '| case | ms |',
  '| --- | ---: |',
  ...rows,
  `| softmax alone | ${softmaxMs.toFixed(3)} |`,
  `| softmax, then sorting the whole vocabulary | ${sortMs.toFixed(3)} |`,
  '',
].join('\n');

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/sampling.md', import.meta.url), report);
process.stdout.write(report);
