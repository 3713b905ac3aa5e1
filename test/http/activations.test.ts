import { describe, expect, it } from 'vitest';
import { activationRoute } from '../support/activations.js';
import { postJson, useTestApp } from '../support/app.js';
import { expectClose, loadReference } from '../support/reference.js';

const reference = loadReference('activations.json');
const app = useTestApp();

describe('POST /activations/{name} against the reference vectors', () => {
  for (const c of reference.cases) {
    it(`${c.id}: value and gradient`, async () => {
      const response = await postJson(app(), activationRoute(c.op),
        { x: c.input.x, gradient: true, ...c.params });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expectClose(response.body.y, c.expected.y, c.tolerance, `${c.id} y`);
      expectClose(response.body.gradient, c.expected.grad, c.tolerance, `${c.id} gradient`);
    });
  }
});

describe('POST /activations/{name}', () => {
  it('answers the relu example without a gradient unless asked', async () => {
    const response = await postJson(app(), '/activations/relu', { x: [-2, -1, 0, 1, 2] });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ y: [0, 0, 0, 1, 2] });
  });

  it('keeps the shape of a matrix and of a scalar', async () => {
    const matrix = await postJson(app(), '/activations/relu',
      { x: [[-1, 2], [3, -4]], gradient: true });
    expect(matrix.body).toEqual({ y: [[0, 2], [3, 0]], gradient: [[0, 1], [1, 0]] });
    const scalar = await postJson(app(), '/activations/hardtanh', { x: 5, maxVal: 2 });
    expect(scalar.body).toEqual({ y: 2 });
  });

  it('applies the defaults when parameters are left out', async () => {
    const given = await postJson(app(), '/activations/softplus',
      { x: [-1, 0, 25], beta: 1, threshold: 20 });
    const defaults = await postJson(app(), '/activations/softplus', { x: [-1, 0, 25] });
    expect(defaults.body).toEqual(given.body);
  });

  it('serves swish as the same function as silu', async () => {
    const body = { x: [[-3, -0.5], [0, 4]], gradient: true };
    const swish = await postJson(app(), '/activations/swish', body);
    expect(swish.status).toBe(200);
    expect(swish.body).toEqual((await postJson(app(), '/activations/silu', body)).body);
  });

  it('propagates "NaN" elementwise and answers the limits at infinities', async () => {
    const response = await postJson(app(), '/activations/silu',
      { x: ['NaN', '-Infinity', 'Infinity'], gradient: true });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ y: ['NaN', 0, 'Infinity'], gradient: ['NaN', 0, 1] });
  });

  it('computes a large body in a worker thread with the same answer as inline', async () => {
    const x = Array.from({ length: 30_000 }, (_, i) => (i - 15_000) / 1875);
    const before = app().dispatcher.counts.pooled;
    const large = await postJson(app(), '/activations/gelu', { x, gradient: true });
    expect(app().dispatcher.counts.pooled).toBe(before + 1);
    const small = await postJson(app(), '/activations/gelu', { x: x.slice(0, 50), gradient: true });
    expect(large.body.y.slice(0, 50)).toEqual(small.body.y);
    expect(large.body.gradient.slice(0, 50)).toEqual(small.body.gradient);
  });
});
