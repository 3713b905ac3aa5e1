import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildTestApp, postJson, useTestApp } from '../support/app.js';
import { hasSeries, sampleValue } from '../support/prometheus.js';

const app = useTestApp({ INSTANCE_ID: 'replica-a' });

async function scrape(target: FastifyInstance): Promise<string> {
  const response = await target.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
}

// Well above the default inline threshold (8 KiB), so it goes to a worker.
const largeLogits = Array.from({ length: 20_000 }, (_, i) => Math.sin(i) * 10);

describe('GET /metrics', () => {
  it('counts requests by route and status, and tasks by where they ran', async () => {
    const before = await scrape(app());
    const ok = { method: 'POST', route: '/softmax', status_code: '200' };
    const task = { operation: 'softmax' };

    expect((await postJson(app(), '/softmax', { logits: [1, 2, 3] })).status).toBe(200);
    expect((await postJson(app(), '/softmax', { logits: largeLogits })).status).toBe(200);
    expect((await postJson(app(), '/softmax', { logits: [] })).status).toBe(400);
    const after = await scrape(app());

    const moved = (name: string, labels: Record<string, string>) =>
      sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(moved('probity_http_request_duration_seconds_count', ok)).toBe(2);
    expect(moved('probity_http_request_duration_seconds_count',
      { route: '/softmax', status_code: '400' })).toBe(1);
    expect(moved('probity_tasks_total', { ...task, where: 'inline', outcome: 'ok' })).toBe(1);
    expect(moved('probity_tasks_total', { ...task, where: 'pooled', outcome: 'ok' })).toBe(1);
    expect(moved('probity_tasks_total', { ...task, where: 'inline', outcome: 'problem' })).toBe(1);
    expect(moved('probity_task_duration_seconds_count', { ...task, where: 'pooled' })).toBe(1);
    expect(moved('probity_task_duration_seconds_sum', { ...task, where: 'pooled' }))
      .toBeGreaterThan(0);
  });

  it('labels unknown paths as one unmatched route, not one series per path', async () => {
    await app().inject({ method: 'GET', url: '/no/such/path-123' });
    const text = await scrape(app());
    expect(sampleValue(text, 'probity_http_request_duration_seconds_count',
      { route: 'unmatched', status_code: '404' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('path-123');
  });

  it('reports the pool, the event loop and the process', async () => {
    const text = await scrape(app());
    expect(sampleValue(text, 'probity_pool_threads')).toBe(2);
    expect(sampleValue(text, 'probity_pool_queue_depth')).toBe(0);
    for (const name of ['nodejs_eventloop_lag_p99_seconds', 'process_cpu_seconds_total',
      'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes']) {
      expect(hasSeries(text, name), name).toBe(true);
    }
  });

  it('keeps a separate registry per app, so apps in one process do not collide', async () => {
    const other = await buildTestApp();
    try {
      const text = await scrape(other);
      expect(sampleValue(text, 'probity_tasks_total')).toBe(0);
      expect(sampleValue(await scrape(app()), 'probity_tasks_total')).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});

describe('the instance header', () => {
  it('names the replica on answers and on problems alike', async () => {
    const live = await app().inject({ method: 'GET', url: '/health/live' });
    const missing = await app().inject({ method: 'GET', url: '/nowhere' });
    expect(live.headers['x-probity-instance']).toBe('replica-a');
    expect(missing.headers['x-probity-instance']).toBe('replica-a');
  });
});
