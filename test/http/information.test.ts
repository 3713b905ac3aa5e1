import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { caseRequest } from '../support/probability-cases.js';
import { expectClose, loadReference } from '../support/reference.js';

const reference = loadReference('information.json');
const app = useTestApp();

describe('POST /information/* against the reference vectors', () => {
  for (const c of reference.cases) {
    it(`${c.id}`, async () => {
      const request = caseRequest(c);
      const response = await postJson(app(), request.path, request.body);
      expect(response.status).toBe(200);
      expectClose(response.body[request.fields.value!], c.expected.value, c.tolerance, c.id);
    });
  }
});

describe('POST /information/*', () => {
  it('answers one value per row of a matrix', async () => {
    const response = await postJson(app(), '/information/kl-divergence',
      { p: [[0.5, 0.5], [0.5, 0.5]], q: [[0.5, 0.5], [1, 0]], base: 2 });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ klDivergence: [0, 'Infinity'] });
  });

  it('takes base 10 and any number above 1', async () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    const nats = (await postJson(app(), '/information/entropy', { p })).body.entropy;
    for (const base of [10, 1.5, 3]) {
      const response = await postJson(app(), '/information/entropy', { p, base });
      expectClose(response.body.entropy, nats / Math.log(base), { rel: 1e-15, abs: 0 });
    }
  });

  it('scales weights to sum to 1 only when asked to', async () => {
    const weights = { p: [1, 3], q: [2, 2] };
    const refused = await postJson(app(), '/information/cross-entropy', weights);
    expect(refused.status).toBe(422);
    const scaled = await postJson(app(), '/information/cross-entropy',
      { ...weights, normalize: true });
    const plain = await postJson(app(), '/information/cross-entropy',
      { p: [0.25, 0.75], q: [0.5, 0.5] });
    expect(scaled.body).toEqual(plain.body);
  });

  it('normalises huge weights without overflowing', async () => {
    const response = await postJson(app(), '/information/entropy',
      { p: [1e308, 1e308], normalize: true, base: 2 });
    expect(response.body).toEqual({ entropy: 1 });
  });
});

interface ErrorCase {
  name: string;
  path: string;
  body: unknown;
  status: number;
  code: string;
  pointer: string;
  detail?: RegExp;
}

const entropyPath = '/information/entropy';
const klPath = '/information/kl-divergence';

const cases: ErrorCase[] = [
  { name: 'a negative probability', path: entropyPath, body: { p: [0.5, 0.7, -0.2] },
    status: 422, code: 'domain-error', pointer: '/p/2', detail: /-0\.2/ },
  { name: 'an infinite probability', path: klPath,
    body: { p: [0.5, 0.5], q: [0.5, 'Infinity'] }, status: 422, code: 'domain-error',
    pointer: '/q/1' },
  { name: 'a vector not summing to 1', path: entropyPath, body: { p: [0.5, 0.6] },
    status: 422, code: 'domain-error', pointer: '/p', detail: /sums to 1\.1/ },
  { name: 'a row not summing to 1', path: klPath,
    body: { p: [[0.5, 0.5], [0.5, 0.5]], q: [[0.5, 0.5], [0.2, 0.2]] }, status: 422,
    code: 'domain-error', pointer: '/q/1', detail: /row 1 sums to 0\.4/ },
  { name: 'a sum off 1 by 1e-8', path: entropyPath, body: { p: [0.5, 0.5 + 1e-8] },
    status: 422, code: 'domain-error', pointer: '/p' },
  { name: 'a negative weight to normalise', path: entropyPath,
    body: { p: [1, -1, 2], normalize: true }, status: 422, code: 'domain-error',
    pointer: '/p/1' },
  { name: 'an all-zero row to normalise', path: klPath,
    body: { p: [[1, 1], [0, 0]], q: [[1, 1], [1, 1]], normalize: true }, status: 422,
    code: 'domain-error', pointer: '/p/1' },
  { name: 'base 1', path: entropyPath, body: { p: [1], base: 1 }, status: 422,
    code: 'domain-error', pointer: '/base' },
  { name: 'base 0.5', path: entropyPath, body: { p: [1], base: 0.5 }, status: 422,
    code: 'domain-error', pointer: '/base' },
  { name: 'a base written as a string', path: entropyPath, body: { p: [1], base: '2' },
    status: 400, code: 'invalid-request', pointer: '/base' },
  { name: 'q of another length', path: klPath, body: { p: [0.5, 0.5], q: [1] }, status: 400,
    code: 'invalid-tensor', pointer: '/q' },
  { name: 'q a vector where p is a matrix', path: klPath, body: { p: [[0.5, 0.5]], q: [0.5, 0.5] },
    status: 400, code: 'invalid-tensor', pointer: '/q' },
  { name: 'a missing q', path: '/information/js-divergence', body: { p: [1] }, status: 400,
    code: 'invalid-request', pointer: '/q' },
  { name: 'NaN', path: entropyPath, body: { p: [1, 'NaN'] }, status: 400,
    code: 'invalid-number', pointer: '/p/1' },
  { name: 'a ragged matrix', path: entropyPath, body: { p: [[1], [0.5, 0.5]] }, status: 400,
    code: 'invalid-tensor', pointer: '/p/1' },
  { name: 'q on entropy', path: entropyPath, body: { p: [1], q: [1] }, status: 400,
    code: 'invalid-request', pointer: '/q' },
];

describe('POST /information/* refuses what breaks the axioms, naming the place', () => {
  for (const c of cases) {
    it(`answers ${c.status} ${c.code} to ${c.name}`, async () => {
      const response = await postJson(app(), c.path, c.body);
      expect(response.status).toBe(c.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: c.status, code: c.code });
      expect(response.body.errors[0].pointer).toBe(c.pointer);
      if (c.detail) expect(response.body.detail).toMatch(c.detail);
    });
  }
});
