// Measures where handing a request to the worker pool starts to pay: the
// same server configuration inline-only and pool-only, driven alternately
// by autocannon at growing body sizes, JSON and binary float64. The
// crossover sets the default of INLINE_THRESHOLD_BYTES (src/config/schema.ts).
// Run: npx tsx bench/threshold.ts [--seconds 1.5] [--rounds 2]
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { load } from './load.js';
import { binaryBody, jsonBody, makeLogits, variantsFor } from './payloads.js';
import { startServer } from './servers.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const seconds = option('seconds', 1.5);
const rounds = option('rounds', 2);
const sizes = [10, 30, 100, 300, 1000, 3000, 10_000, 30_000];

const inline = await startServer('inline-only', 'src/server.ts',
  { INLINE_THRESHOLD_BYTES: String(2 ** 40) });
const pooled = await startServer('pool-only', 'src/server.ts', { INLINE_THRESHOLD_BYTES: '0' });

interface Row {
  form: 'json' | 'binary-float64';
  elements: number;
  bytes: number;
  inline: number;
  pooled: number;
}

const rows: Row[] = [];
try {
  for (const form of ['json', 'binary-float64'] as const) {
    for (const elements of sizes) {
      const bodies = Array.from({ length: variantsFor(elements) }, (_, k) => {
        const logits = makeLogits(elements, k);
        return form === 'json' ? jsonBody(logits) : binaryBody(logits, 'float64');
      });
      const contentType = form === 'json' ? 'application/json' : 'application/octet-stream';
      const totals = { inline: 0, pooled: 0 };
      // An unmeasured second of each first, for the JIT.
      for (const server of [inline, pooled]) {
        await load({ url: `${server.origin}/softmax`, bodies, contentType }, 1, 8);
      }
      // ABBA order within each round cancels a slow drift of the machine.
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? [inline, pooled] : [pooled, inline];
        for (const server of order) {
          const result = await load({ url: `${server.origin}/softmax`, bodies, contentType },
            seconds, 8);
          if (result.non2xx > 0 || result.errors > 0) throw new Error(`${server.name} failed`);
          totals[server === inline ? 'inline' : 'pooled'] += result.requestsPerSecond / rounds;
        }
      }
      const row = { form, elements, bytes: Buffer.byteLength(bodies[0]!), ...totals };
      rows.push(row);
      process.stdout.write(`${form} ${elements} elements, ${row.bytes} B: inline `
        + `${row.inline.toFixed(0)}/s, pooled ${row.pooled.toFixed(0)}/s, `
        + `pooled/inline ${(row.pooled / row.inline).toFixed(2)}\n`);
    }
  }
} finally {
  await Promise.all([inline.stop(), pooled.stop()]);
}

const date = new Date().toISOString();
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
const file = new URL(`results/threshold-${date.slice(0, 10)}.json`, import.meta.url);
writeFileSync(file, JSON.stringify({ date, cpus: cpus().length, cpu: cpus()[0]?.model,
  node: process.version, seconds, rounds, rows }, null, 2));
process.stdout.write(`written to ${file.pathname}\n`);
