import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';

// One worker and room for one waiting task: a burst of heavy requests must
// overflow the queue.
const app = useTestApp({ POOL_THREADS: 1, POOL_MAX_QUEUE: 1, INLINE_THRESHOLD_BYTES: 0 });

describe('a full compute queue', () => {
  it('answers 503 overloaded with Retry-After while the admitted requests succeed', async () => {
    const logits = new Float64Array(500_000).map((_, i) => (i % 97) / 7);
    const responses = await Promise.all(Array.from({ length: 6 }, () => app().inject({
      method: 'POST', url: '/softmax', payload: Buffer.from(logits.buffer.slice(0)),
      headers: { 'content-type': 'application/octet-stream', accept: 'application/octet-stream' },
    })));

    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    const refused = responses.filter((response) => response.statusCode === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const response of refused) {
      expect(response.headers['retry-after']).toBe('1');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().code).toBe('overloaded');
    }
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
  });
});
