import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import { useTestApp } from '../support/app.js';

function softmax(app: FastifyInstance, logits: unknown = [0, 0]) {
  return app.inject({ method: 'POST', url: '/softmax', payload: JSON.stringify({ logits }),
    headers: { 'content-type': 'application/json' } });
}

function expectProblem(response: LightMyRequestResponse, status: number, code: string): void {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code, type: `/problems/${code}` });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

// under-pressure samples the process once a second.
const sampled = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('a heap over MAX_HEAP_USED_MB', () => {
  const app = useTestApp({ MAX_HEAP_USED_MB: 1 });

  it('sheds requests with 503 overloaded, while liveness and metrics answer', async () => {
    await sampled();
    expectProblem(await softmax(app()), 503, 'overloaded');
    expectProblem(await app().inject({ method: 'GET', url: '/health/ready' }), 503, 'overloaded');
    expect((await app().inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await app().inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
  });
});

// Asks every 100 ms, for at most three sampling intervals, until an answer
// matches: when the lag shows up depends on where the sample falls.
async function firstAnswer(
  app: FastifyInstance, matches: (answer: LightMyRequestResponse) => boolean,
): Promise<LightMyRequestResponse> {
  let answer = await softmax(app);
  for (let i = 0; i < 30 && !matches(answer); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await softmax(app);
  }
  return answer;
}

describe('an event loop lagging past MAX_EVENT_LOOP_DELAY_MS', () => {
  const app = useTestApp({ MAX_EVENT_LOOP_DELAY_MS: 20 });

  it('sheds requests with 503 overloaded until the loop recovers', async () => {
    // Lag counts from the first whole sample after the app was ready.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await softmax(app())).statusCode).toBe(200);

    // Lag for two sampling intervals: blocks of 500 ms with only a turn of
    // the loop between them, as a busy service would. (The sampled mean is
    // far below the blocks' length, and lower still while other monitors,
    // such as earlier apps' metrics collectors, run timers of their own.)
    const lagUntil = Date.now() + 2_000;
    while (Date.now() < lagUntil) {
      const until = Date.now() + 500;
      while (Date.now() < until) { /* busy */ }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const shed = await firstAnswer(app(), (answer) => answer.statusCode === 503);
    expectProblem(shed, 503, 'overloaded');

    const served = await firstAnswer(app(), (answer) => answer.statusCode === 200);
    expect(served.json()).toEqual({ probabilities: [0.5, 0.5] });
  });
});

describe('the rate limit', () => {
  const off = useTestApp();
  const on = useTestApp({ RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW_MS: 60_000 });

  it('is off by default', async () => {
    for (let i = 0; i < 20; i++) expect((await softmax(off())).statusCode).toBe(200);
    expect((await softmax(off())).headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('answers 429 rate-limited past RATE_LIMIT_MAX, and spares the probes', async () => {
    for (let i = 0; i < 3; i++) expect((await softmax(on())).statusCode).toBe(200);
    expectProblem(await softmax(on()), 429, 'rate-limited');
    expect((await on().inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
  });
});

describe('an event loop held while the service starts', () => {
  it('is not taken for load: the first requests are answered', async () => {
    const config = loadConfig({}, { LOG_LEVEL: 'silent', POOL_THREADS: 1,
      MAX_EVENT_LOOP_DELAY_MS: 50 });
    const app = await buildApp(config);
    // A plugin that holds the loop for longer than a sampling interval, as
    // loading and compiling do on a slow or busy machine.
    await app.register(async () => {
      const until = Date.now() + 1_300;
      while (Date.now() < until) { /* busy */ }
    });
    try {
      await app.ready();
      for (let i = 0; i < 5; i++) {
        expect((await softmax(app)).statusCode).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await app.close();
    }
  });
});
