import { afterAll, describe, expect, it } from 'vitest';
import { Dispatcher, type TaskRecord } from '../../src/pool/dispatcher.js';

const encoder = new TextEncoder();

function dispatcher(threshold: number): Dispatcher {
  return new Dispatcher({ threads: 2, maxQueue: 16, inlineThresholdBytes: threshold,
    // Generous: the first pooled task also waits for a worker to start under tsx.
    taskTimeoutMs: 60_000, limits: { maxElements: 1_000_000 } });
}

describe('the dispatcher', () => {
  const pooled = dispatcher(0);
  const inline = dispatcher(Number.MAX_SAFE_INTEGER);
  afterAll(async () => {
    await Promise.all([pooled.close(), inline.close()]);
  });

  it('runs large bodies in real worker threads and small ones inline', async () => {
    const body = encoder.encode(JSON.stringify({ logits: [1, 2, 3] }));
    const request = { operation: 'softmax', body, answer: 'json-text' } as const;
    const fromPool = await pooled.run({ ...request, body: body.slice() }, body.byteLength);
    const fromLoop = await inline.run({ ...request, body: body.slice() }, body.byteLength);

    expect(fromPool).toEqual(fromLoop);
    expect(pooled.counts).toEqual({ inline: 0, pooled: 1 });
    expect(inline.counts).toEqual({ inline: 1, pooled: 0 });
    expect(pooled.threads).toBe(2);
  });

  it('moves a body that owns its buffer to the worker instead of copying it', async () => {
    const body = encoder.encode(JSON.stringify({ logits: [0, 0] }));
    const result = await pooled.run({ operation: 'softmax', body, answer: 'json-text' }, 99);
    expect(result).toEqual({ ok: true, json: '{"probabilities":[0.5,0.5]}' });
    expect(body.byteLength).toBe(0);
  });

  it('brings a large JSON answer back as UTF-8 bytes, the same text as inline', async () => {
    const logits = Array.from({ length: 5000 }, (_, i) => Math.sin(i) * 10);
    const body = () => encoder.encode(JSON.stringify({ logits }));
    const fromPool = await pooled.run({ operation: 'softmax', body: body(),
      answer: 'json-text' }, 1);
    const fromLoop = await inline.run({ operation: 'softmax', body: body(),
      answer: 'json-text' }, 1);

    if (!('jsonBytes' in fromPool) || !('json' in fromLoop)) throw new Error('wrong forms');
    expect(new TextDecoder().decode(fromPool.jsonBytes)).toBe(fromLoop.json);
  });

  it('brings problems back from a worker as data', async () => {
    const body = encoder.encode('{"logits":[]}');
    const result = await pooled.run({ operation: 'softmax', body, answer: 'json-text' }, 99);
    expect(result).toMatchObject({ ok: false, problem: { status: 400, code: 'invalid-tensor' } });
  });

  it('tells its observer how every task ended, including refused ones', async () => {
    const records: TaskRecord[] = [];
    const small = new Dispatcher({ threads: 1, maxQueue: 1, inlineThresholdBytes: 0,
      taskTimeoutMs: 60_000, limits: { maxElements: 1_000_000 },
      observe: (record) => records.push(record) });
    try {
      const body = () => encoder.encode(JSON.stringify({ logits: [1, 2, 3] }));
      const settled = await Promise.allSettled(Array.from({ length: 6 }, () =>
        small.run({ operation: 'softmax', body: body(), answer: 'json-text' }, 99)));

      const refused = settled.filter((s) => s.status === 'rejected').length;
      expect(refused).toBeGreaterThan(0);
      expect(records).toHaveLength(6);
      expect(records.filter((r) => r.outcome === 'failed')).toHaveLength(refused);
      expect(records.filter((r) => r.outcome === 'ok')).toHaveLength(6 - refused);
      expect(records.every((r) => r.where === 'pooled' && r.operation === 'softmax')).toBe(true);
    } finally {
      await small.close();
    }
  });
});
