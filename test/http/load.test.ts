import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../support/app.js';

// One worker, and three times as many requests a second as it can compute.
// The bounded server may queue two tasks; the other, as if unprotected,
// 10,000.
const pooled = { POOL_THREADS: 1, INLINE_THRESHOLD_BYTES: 0 };
const bounded = useListeningApp({ ...pooled, POOL_MAX_QUEUE: 2 });
const unbounded = useListeningApp({ ...pooled, POOL_MAX_QUEUE: 10_000 });

const body = JSON.stringify({ logits: Array.from({ length: 20_000 }, (_, i) => (i % 101) / 7) });

interface LoadOutcome {
  acceptedP99Ms: number;
  accepted: number;
  refused: number;
  badRefusals: string[];
  errors: number;
}

// Drives one server for three seconds at a fixed rate (so that refusals,
// which clients retry at once, do not flood the loop they share with the
// server) and records every answer: its latency, and whether a refusal is a
// well-formed 503 overloaded problem.
async function drive(origin: string, ratePerSecond: number): Promise<LoadOutcome> {
  const acceptedMs: number[] = [];
  let refused = 0;
  const badRefusals: string[] = [];
  const checkRefusal = (status: number, text: string, _context: object,
    headers: IncomingHttpHeaders | undefined) => {
    if (status === 200) return;
    const wellFormed = status === 503 && problemCode(text) === 'overloaded'
      && Number(headers?.['retry-after']) > 0
      && /^application\/problem\+json/.test(headers?.['content-type'] ?? '');
    if (!wellFormed) badRefusals.push(`${status} ${text.slice(0, 120)}`);
  };

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: `${origin}/softmax`, connections: 32, duration: 3, timeout: 20,
      overallRate: ratePerSecond,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body,
        onResponse: checkRefusal }],
    }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status === 200) acceptedMs.push(ms);
      else refused++;
    });
  });

  acceptedMs.sort((a, b) => a - b);
  const p99 = acceptedMs[Math.min(acceptedMs.length - 1, Math.floor(acceptedMs.length * 0.99))];
  return { acceptedP99Ms: p99 ?? Infinity, accepted: acceptedMs.length, refused, badRefusals,
    errors: result.errors + result.timeouts };
}

function problemCode(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

function post(origin: string): Promise<Response> {
  return fetch(`${origin}/softmax`, { method: 'POST', body,
    headers: { 'content-type': 'application/json' } });
}

// Waits for the worker (it starts in the background), then times a few
// requests one at a time: the median is one request's service time.
async function serviceTimeMs(origin: string): Promise<number> {
  for (let attempt = 0; attempt < 100 && !(await post(origin)).ok; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await post(origin);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

describe('more load than the server can take', () => {
  it('refuses the excess with well-formed 503s and keeps the accepted p99 bounded', async () => {
    const rate = Math.ceil(3 * 1000 / await serviceTimeMs(bounded()));
    await serviceTimeMs(unbounded());
    const protectedRun = await drive(bounded(), rate);
    const unprotectedRun = await drive(unbounded(), rate);

    expect(protectedRun.errors).toBe(0);
    expect(protectedRun.accepted).toBeGreaterThan(0);
    expect(protectedRun.refused).toBeGreaterThan(0);
    expect(protectedRun.badRefusals).toEqual([]);

    // Without the bound every request waits behind the whole backlog; with
    // it, behind at most two. Comparing the two keeps the test meaningful
    // on a fast machine and a slow one.
    expect(unprotectedRun.refused).toBe(0);
    expect(protectedRun.acceptedP99Ms).toBeLessThan(unprotectedRun.acceptedP99Ms / 2);
  }, 60_000);
});
