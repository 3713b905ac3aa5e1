import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { postBinary, readValues, tensorBytes } from '../support/binary.js';
import {
  expectClose, fromWire, generateInput, holdsNaN, loadReference, type ModularGenerator,
} from '../support/reference.js';

const reference = loadReference('softmax.json');
const paths = { softmax: '/softmax', logSoftmax: '/log-softmax' } as const;

// Inline (the default threshold for these small bodies) and in a worker.
const inline = useTestApp();
const pooled = useTestApp({ INLINE_THRESHOLD_BYTES: 0 });

function inputOf(c: (typeof reference.cases)[number]): number[] | number[][] {
  const generator = c.input.generator as ModularGenerator | undefined;
  return generator ? generateInput(generator) : fromWire(c.input.x) as number[] | number[][];
}

function queryOf(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}

describe.each([['inline', inline], ['pooled', pooled]] as const)(
  'binary float64 softmax against the reference vectors (%s)', (_where, app) => {
    for (const c of reference.cases) {
      it(c.id, async () => {
        const response = await postBinary(app(), paths[c.op as keyof typeof paths], inputOf(c),
          { query: queryOf(c.params) });

        if (holdsNaN(c.expected)) {
          expect(response.status).toBe(422);
          expect(response.body).toMatchObject({ code: 'domain-error' });
          return;
        }
        expect(response.status).toBe(200);
        expect(response.headers['x-tensor-dtype']).toBe('float64');
        const values = [...response.values!];
        const at = c.expected.yAt as { indices: number[]; values: number[] } | undefined;
        if (at) {
          at.indices.forEach((index, k) =>
            expectClose(values[index], at.values[k], c.tolerance, `${c.id}[${index}]`));
          return;
        }
        const expected = (fromWire(c.expected.y) as unknown[]).flat();
        expectClose(values, expected, c.tolerance, c.id);
      });
    }
  });

describe('binary tensors on /softmax', () => {
  it('answers float32 to a float32 request, the float64 result rounded once', async () => {
    const logits = [[2, 1, 0.1], [-3, 0.5, 7.25]];
    const binary = await postBinary(inline(), '/softmax', logits, { dtype: 'float32' });
    const rounded = logits.map((row) => row.map(Math.fround));
    const json = await postJson(inline(), '/softmax', { logits: rounded });

    expect(binary.status).toBe(200);
    expect(binary.headers['x-tensor-shape']).toBe('2,3');
    expect(binary.headers['x-tensor-fields']).toBe('probabilities');
    const expected = (json.body.probabilities as number[][]).flat().map(Math.fround);
    expect([...binary.values!]).toEqual(expected);
  });

  it('answers JSON unless the request accepts application/octet-stream', async () => {
    const response = await postBinary(inline(), '/log-softmax', [0, -Infinity],
      { answer: 'json' });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ logProbabilities: [0, '-Infinity'] });
  });

  it('reads a body with no shape as one vector', async () => {
    const { bytes } = tensorBytes([0, 0, 0, 0]);
    const response = await inline().inject({ method: 'POST', url: '/softmax', payload: bytes,
      headers: { 'content-type': 'application/octet-stream', accept: 'application/octet-stream' },
    });
    expect(response.headers['x-tensor-shape']).toBe('4');
    expect([...readValues(response.rawPayload, 'float64')]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('moves a large float32 tensor through a worker and back', async () => {
    const logits = Array.from({ length: 100_000 }, (_, i) => (i % 1000) / 100);
    const before = pooled().dispatcher.counts.pooled;
    const response = await postBinary(pooled(), '/softmax', logits, { dtype: 'float32' });

    expect(response.status).toBe(200);
    expect(pooled().dispatcher.counts.pooled).toBe(before + 1);
    expect(response.values!.length).toBe(100_000);
    const sum = response.values!.reduce((total, p) => total + p, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-3);
  });
});
