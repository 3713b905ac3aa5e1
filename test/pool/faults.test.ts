import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { waitUntil } from '../support/wait.js';

// A body big enough to keep a worker busy for a few hundred milliseconds
// (parsing dominates), and one small enough to finish at once.
const heavyLength = 1_000_000;
const heavyBody = JSON.stringify({ logits: new Array(heavyLength).fill(0) });
const lightBody = JSON.stringify({ logits: [0, 0] });

// Every request below goes to the pool (no inline threshold), to one worker.
const pooled = { POOL_THREADS: 1, INLINE_THRESHOLD_BYTES: 0 };

function post(app: FastifyInstance, payload: string) {
  return app.inject({ method: 'POST', url: '/softmax', payload,
    headers: { 'content-type': 'application/json' } });
}

// The one worker's id, once it has answered a request (piscina only replaces
// workers that finished starting).
async function readyWorker(app: FastifyInstance): Promise<number> {
  await waitUntil(() => app.dispatcher.workerThreads.length === 1, 'the pool has its worker');
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await post(app, lightBody);
    if (response.statusCode === 200) {
      expect(response.json()).toEqual({ probabilities: [0.5, 0.5] });
      return app.dispatcher.workerThreads[0]!.threadId;
    }
  }
  throw new Error('the worker never answered');
}

// The old worker is gone and a new one answers.
async function expectReplaced(app: FastifyInstance, oldThreadId: number) {
  await waitUntil(() => app.dispatcher.workerThreads.some((w) => w.threadId !== oldThreadId),
    'a new worker replaces the old one');
  expect(app.dispatcher.workerThreads.map((w) => w.threadId)).not.toContain(oldThreadId);
  expect(await readyWorker(app)).not.toBe(oldThreadId);
}

function expectProblem(response: Awaited<ReturnType<typeof post>>, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code, type: `/problems/${code}` });
  expect(response.body).not.toMatch(/\.(?:ts|js):\d+|node_modules|\bat \S+ \(/);
}

describe('a worker that dies in the middle of a task', () => {
  const app = useTestApp(pooled);

  it('answers 500 worker-failed, is replaced, and the next request succeeds', async () => {
    const threadId = await readyWorker(app());
    const before = app().dispatcher.counts.pooled;

    const answer = post(app(), heavyBody);
    await waitUntil(() => app().dispatcher.counts.pooled > before, 'the task is dispatched');
    await app().dispatcher.workerThreads[0]!.terminate();

    expectProblem(await answer, 500, 'worker-failed');
    await expectReplaced(app(), threadId);
    const response = await post(app(), heavyBody);
    expect(response.statusCode).toBe(200);
    const probabilities = response.json().probabilities as number[];
    expect(probabilities).toHaveLength(heavyLength);
    expect(probabilities[heavyLength - 1]).toBe(1 / heavyLength);
  });
});

describe('a task that runs past TASK_TIMEOUT_MS', () => {
  const app = useTestApp({ ...pooled, TASK_TIMEOUT_MS: 100 });

  it('is aborted with 504 timeout, as is the task queued behind it', async () => {
    const threadId = await readyWorker(app());
    const started = Date.now();

    const answers = await Promise.all([post(app(), heavyBody), post(app(), heavyBody)]);

    for (const answer of answers) expectProblem(answer, 504, 'timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    await expectReplaced(app(), threadId);
  });
});

describe('a worker that passes POOL_WORKER_HEAP_MB', () => {
  const app = useTestApp({ ...pooled, POOL_WORKER_HEAP_MB: 16 });

  it('answers 500 worker-failed and is replaced by a worker that serves', async () => {
    const threadId = await readyWorker(app());

    expectProblem(await post(app(), heavyBody), 500, 'worker-failed');
    await expectReplaced(app(), threadId);
  });
});
