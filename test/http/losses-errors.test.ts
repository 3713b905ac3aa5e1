import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';

const app = useTestApp({ MAX_ELEMENTS: 1000 });

interface ErrorCase {
  name: string;
  loss: string;
  body: Record<string, unknown>;
  status: number;
  code: string;
  pointer: string;
}

const logits = [[1.2, 1.0, 0.1], [0.5, 2.2, 0.3]];

const cases: ErrorCase[] = [
  { name: 'input and target of different shapes', loss: 'mse',
    body: { input: [1, 2, 3], target: [1, 2] }, status: 400, code: 'invalid-tensor',
    pointer: '/target' },
  { name: 'a vector against a matrix', loss: 'binary-cross-entropy-with-logits',
    body: { input: [[1, 2]], target: [1, 0] }, status: 400, code: 'invalid-tensor',
    pointer: '/target' },
  { name: 'ragged rows', loss: 'l1', body: { input: [[1, 2], [3]], target: [[1, 2], [3, 4]] },
    status: 400, code: 'invalid-tensor', pointer: '/input/1' },
  { name: 'NaN in the target', loss: 'mse', body: { input: [1, 2], target: [1, 'NaN'] },
    status: 400, code: 'invalid-number', pointer: '/target/1' },
  { name: 'a missing target', loss: 'mse', body: { input: [1, 2] }, status: 400,
    code: 'invalid-request', pointer: '/target' },
  { name: 'an unknown parameter', loss: 'mse', body: { input: [1], target: [1], delta: 2 },
    status: 400, code: 'invalid-request', pointer: '/delta' },
  { name: 'an unknown reduction', loss: 'l1',
    body: { input: [1], target: [1], reduction: 'avg' }, status: 400, code: 'invalid-request',
    pointer: '/reduction' },
  { name: 'more elements than MAX_ELEMENTS', loss: 'mse',
    body: { input: new Array(600).fill(0), target: new Array(600).fill(0) }, status: 413,
    code: 'too-many-elements', pointer: '/target' },
  { name: 'Infinity - Infinity', loss: 'mse',
    body: { input: [0, 'Infinity'], target: [0, 'Infinity'] }, status: 422,
    code: 'domain-error', pointer: '/input/1' },
  { name: 'a delta of 0', loss: 'huber', body: { input: [1], target: [0], delta: 0 },
    status: 422, code: 'domain-error', pointer: '/delta' },
  { name: 'a negative beta', loss: 'smooth-l1', body: { input: [1], target: [0], beta: -1 },
    status: 422, code: 'domain-error', pointer: '/beta' },
  { name: 'a class index out of range', loss: 'cross-entropy',
    body: { input: logits, target: [0, 3] }, status: 422, code: 'domain-error',
    pointer: '/target/1' },
  { name: 'a negative class index other than ignoreIndex', loss: 'nll',
    body: { input: logits, target: [-1, 0] }, status: 422, code: 'domain-error',
    pointer: '/target/0' },
  { name: 'a class index that is not an integer', loss: 'cross-entropy',
    body: { input: logits, target: [0, 1.5] }, status: 400, code: 'invalid-tensor',
    pointer: '/target/1' },
  { name: 'fewer class indices than rows', loss: 'cross-entropy',
    body: { input: logits, target: [0] }, status: 400, code: 'invalid-tensor',
    pointer: '/target' },
  { name: 'class weights of the wrong length', loss: 'cross-entropy',
    body: { input: logits, target: [0, 1], weight: [1, 2] }, status: 400,
    code: 'invalid-tensor', pointer: '/weight' },
  { name: 'class weights as a matrix', loss: 'nll',
    body: { input: logits, target: [0, 1], weight: [[1, 2, 3]] }, status: 400,
    code: 'invalid-tensor', pointer: '/weight' },
  { name: 'an infinite class weight', loss: 'nll',
    body: { input: logits, target: [0, 1], weight: [1, 'Infinity', 1] }, status: 422,
    code: 'domain-error', pointer: '/weight/1' },
  { name: 'every target ignored with "mean"', loss: 'nll',
    body: { input: logits, target: [-100, -100] }, status: 422, code: 'domain-error',
    pointer: '/target' },
  { name: 'counted targets whose weights sum to 0', loss: 'cross-entropy',
    body: { input: logits, target: [0, 0], weight: [0, 1, 1] }, status: 422,
    code: 'domain-error', pointer: '/target' },
  { name: 'target probabilities that do not sum to 1', loss: 'cross-entropy',
    body: { input: logits, target: [[0.5, 0.5, 0], [0.5, 0.4, 0]] }, status: 422,
    code: 'domain-error', pointer: '/target/1' },
  { name: 'a negative target probability', loss: 'cross-entropy',
    body: { input: logits, target: [[-0.5, 1.5, 0], [1, 0, 0]] }, status: 422,
    code: 'domain-error', pointer: '/target/0/0' },
  { name: 'target probabilities of the wrong width', loss: 'cross-entropy',
    body: { input: logits, target: [[0.5, 0.5], [1, 0]] }, status: 400,
    code: 'invalid-tensor', pointer: '/target' },
  { name: 'probabilities given to nll', loss: 'nll',
    body: { input: logits, target: [[1, 0, 0], [0, 1, 0]] }, status: 400,
    code: 'invalid-tensor', pointer: '/target' },
  { name: 'a +Infinity logit', loss: 'cross-entropy',
    body: { input: [[1, 'Infinity', 0], [0, 0, 0]], target: [0, 1] }, status: 422,
    code: 'domain-error', pointer: '/input/0/1' },
  { name: 'a fully masked row', loss: 'cross-entropy',
    body: { input: [[1, 2, 3], ['-Infinity', '-Infinity', '-Infinity']], target: [0, 1] },
    status: 422, code: 'domain-error', pointer: '/input/1' },
  { name: 'a scalar input', loss: 'cross-entropy', body: { input: 1, target: 0 },
    status: 400, code: 'invalid-tensor', pointer: '/input' },
  { name: 'a label smoothing above 1', loss: 'cross-entropy',
    body: { input: logits, target: [0, 1], labelSmoothing: 1.5 }, status: 422,
    code: 'domain-error', pointer: '/labelSmoothing' },
  { name: 'an ignoreIndex that is not an integer', loss: 'cross-entropy',
    body: { input: logits, target: [0, 1], ignoreIndex: 0.5 }, status: 400,
    code: 'invalid-request', pointer: '/ignoreIndex' },
  { name: 'a probability above 1', loss: 'binary-cross-entropy',
    body: { input: [0.5, 1.5], target: [1, 0] }, status: 422, code: 'domain-error',
    pointer: '/input/1' },
  { name: 'a label outside [0, 1]', loss: 'binary-cross-entropy-with-logits',
    body: { input: [0.5, 1.5], target: [2, 0] }, status: 422, code: 'domain-error',
    pointer: '/target/0' },
  { name: 'posWeight of the wrong length', loss: 'binary-cross-entropy-with-logits',
    body: { input: [[1, 2, 3]], target: [[1, 0, 1]], posWeight: [1, 2] }, status: 400,
    code: 'invalid-tensor', pointer: '/posWeight' },
  { name: 'an element weight of the wrong shape', loss: 'binary-cross-entropy',
    body: { input: [[0.5, 0.5]], target: [[1, 0]], weight: [[1], [2]] }, status: 400,
    code: 'invalid-tensor', pointer: '/weight' },
  { name: 'a negative kl-div target', loss: 'kl-div',
    body: { input: [-1, -1], target: [1.5, -0.5] }, status: 422, code: 'domain-error',
    pointer: '/target/1' },
  { name: 'a negative count', loss: 'poisson-nll',
    body: { input: [0, 1], target: [1, -2] }, status: 422, code: 'domain-error',
    pointer: '/target/1' },
  { name: 'a negative rate', loss: 'poisson-nll',
    body: { input: [-0.5, 1], target: [1, 2], logInput: false }, status: 422,
    code: 'domain-error', pointer: '/input/0' },
  { name: 'a negative eps', loss: 'poisson-nll',
    body: { input: [0.5], target: [1], logInput: false, eps: -1 }, status: 422,
    code: 'domain-error', pointer: '/eps' },
  { name: 'a sum of +Infinity and -Infinity', loss: 'kl-div',
    body: { input: ['-Infinity', 'Infinity'], target: [0.5, 0.5], reduction: 'sum' },
    status: 422, code: 'domain-error', pointer: '/input' },
];

describe('POST /losses/{name} refuses what has no answer, naming the field', () => {
  for (const c of cases) {
    it(`${c.loss}: ${c.name} -> ${c.status} ${c.code} at ${c.pointer}`, async () => {
      const response = await postJson(app(), `/losses/${c.loss}`, c.body);
      expect(response.status).toBe(c.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe(c.code);
      expect(response.body.errors[0].pointer).toBe(c.pointer);
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    });
  }
});

describe('unknown loss names', () => {
  it('answers 404 unknown-name listing every known loss', async () => {
    const response = await postJson(app(), '/losses/hinge', { input: [1], target: [1] });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('unknown-name');
    for (const name of ['mse', 'mae', 'cross-entropy', 'poisson-nll']) {
      expect(response.body.detail).toContain(name);
    }
  });
});
