import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { postBinary, tensorBytes } from '../support/binary.js';

const app = useTestApp({ MAX_ELEMENTS: 1000 });

interface Case {
  name: string;
  logits: number[] | number[][];
  params?: Record<string, number>;
}

// Each input is sent as JSON and as a binary tensor: the binary path must
// refuse it with the same status, code and pointer.
const sameAsJson: Case[] = [
  { name: 'NaN in a matrix', logits: [[1, 2], [NaN, 3]] },
  { name: '+Infinity', logits: [1, Infinity] },
  { name: 'an all-masked row', logits: [[1, 2], [-Infinity, -Infinity]] },
  { name: 'a zero temperature', logits: [1, 2], params: { temperature: 0 } },
  { name: 'dim 1 on a vector', logits: [1, 2], params: { dim: 1 } },
  { name: 'dim 2', logits: [1, 2], params: { dim: 2 } },
  { name: 'more elements than MAX_ELEMENTS', logits: Array.from({ length: 1001 }, () => 0) },
];

function wire(value: number): number | string {
  return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? value : String(value);
}

describe('binary requests are refused exactly as their JSON twins', () => {
  for (const c of sameAsJson) {
    it(c.name, async () => {
      const logits = Array.isArray(c.logits[0])
        ? (c.logits as number[][]).map((row) => row.map(wire)) : (c.logits as number[]).map(wire);
      const json = await postJson(app(), '/softmax', { logits, ...c.params });
      const query = Object.fromEntries(Object.entries(c.params ?? {})
        .map(([key, value]) => [key, String(value)]));
      const binary = await postBinary(app(), '/softmax', c.logits, { query });

      expect(json.status).toBeGreaterThanOrEqual(400);
      expect(binary.status).toBe(json.status);
      expect(binary.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = binary.body as { code: string; errors: { pointer: string }[] };
      expect(problem.code).toBe(json.body.code);
      expect(problem.errors[0]!.pointer).toBe(json.body.errors[0].pointer);
    });
  }
});

describe('binary-only refusals', () => {
  async function refusal(url: string, payload: Buffer) {
    const response = await app().inject({ method: 'POST', url, payload,
      headers: { 'content-type': 'application/octet-stream' } });
    const body = response.json();
    return { status: response.statusCode, code: body.code, pointer: body.errors?.[0]?.pointer };
  }

  const { bytes } = tensorBytes([1, 2, 3, 4]);

  it('names /shape when the shape does not match the body', async () => {
    expect(await refusal('/softmax?shape=3', bytes))
      .toEqual({ status: 400, code: 'invalid-tensor', pointer: '/shape' });
    expect(await refusal('/softmax?shape=2,3', bytes))
      .toEqual({ status: 400, code: 'invalid-tensor', pointer: '/shape' });
    expect(await refusal('/softmax?shape=2x2', bytes))
      .toMatchObject({ status: 400, pointer: '/shape' });
  });

  it('refuses a body that is not a whole number of elements', async () => {
    expect(await refusal('/softmax', bytes.subarray(0, 12)))
      .toEqual({ status: 400, code: 'invalid-tensor', pointer: '' });
    expect(await refusal('/softmax?dtype=float32', bytes.subarray(0, 6)))
      .toEqual({ status: 400, code: 'invalid-tensor', pointer: '' });
  });

  it('refuses an empty body, an unknown dtype and unknown query keys', async () => {
    expect(await refusal('/softmax', Buffer.alloc(0)))
      .toEqual({ status: 400, code: 'invalid-tensor', pointer: '/logits' });
    expect(await refusal('/softmax?dtype=float16', bytes))
      .toEqual({ status: 400, code: 'invalid-request', pointer: '/dtype' });
    expect(await refusal('/softmax?logits=1', bytes))
      .toEqual({ status: 400, code: 'invalid-request', pointer: '/logits' });
    expect(await refusal('/softmax?temperature=1&temperature=2', bytes))
      .toMatchObject({ status: 400, code: 'invalid-request', pointer: '/temperature' });
  });

  it('converts query numbers but nothing else', async () => {
    expect(await refusal('/softmax?temperature=warm', bytes))
      .toEqual({ status: 400, code: 'invalid-request', pointer: '/temperature' });
    const ok = await app().inject({ method: 'POST', url: '/softmax?temperature=2&dim=-1',
      payload: bytes, headers: { 'content-type': 'application/octet-stream' } });
    expect(ok.statusCode).toBe(200);
  });
});
