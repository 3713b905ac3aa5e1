import { describe, expect, it } from 'vitest';
import { activationRoute } from '../support/activations.js';
import { postJson, useTestApp } from '../support/app.js';
import { postBinary } from '../support/binary.js';
import { expectClose, fromWire, loadReference } from '../support/reference.js';

const reference = loadReference('activations.json');
const app = useTestApp();

describe('binary float64 activations against the reference vectors', () => {
  for (const c of reference.cases) {
    it(`${c.id}: y then the gradient`, async () => {
      const query = Object.fromEntries(Object.entries({ ...c.params, gradient: true })
        .map(([key, value]) => [key, String(value)]));
      const x = fromWire(c.input.x) as number[];
      const response = await postBinary(app(), activationRoute(c.op), x, { query });

      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.headers['x-tensor-fields']).toBe('y,gradient');
      const values = [...response.values!];
      expectClose(values.slice(0, x.length), c.expected.y, c.tolerance, `${c.id} y`);
      expectClose(values.slice(x.length), c.expected.grad, c.tolerance, `${c.id} gradient`);
    });
  }
});

describe('binary tensors on /activations/{name}', () => {
  it('answers a float32 matrix in JSON like the same JSON request', async () => {
    const x = [[-2, 0.5], [1.25, 3]];
    const binary = await postBinary(app(), '/activations/gelu', x,
      { dtype: 'float32', query: { approximate: 'tanh' }, answer: 'json' });
    const json = await postJson(app(), '/activations/gelu', { x, approximate: 'tanh' });
    expect(binary.status).toBe(200);
    expect(binary.body).toEqual(json.body);
  });

  it('refuses a parameter out of range in the query string', async () => {
    const response = await postBinary(app(), '/activations/softplus', [1, 2],
      { query: { beta: '-1' } });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'domain-error', errors: [{ pointer: '/beta' }] });
  });
});
