import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('x-request-id', () => {
  const app = useTestApp();
  const get = (id?: string) => app().inject({ method: 'GET', url: '/health/live',
    headers: id === undefined ? {} : { 'x-request-id': id } });

  it('keeps a caller id that looks like one', async () => {
    expect((await get('order-42.retry:1')).headers['x-request-id']).toBe('order-42.retry:1');
  });

  it('makes a fresh id when there is none, or when the caller\'s is too long or odd', async () => {
    for (const id of [undefined, 'x'.repeat(5_000), 'a b', '<script>']) {
      const answer = (await get(id)).headers['x-request-id'];
      expect(answer).toMatch(uuid);
    }
  });
});
