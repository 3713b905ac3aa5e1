import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { lossRouteOf } from '../support/loss-cases.js';

const app = useTestApp();

interface Entry {
  name: string;
  aliases: string[];
  path: string;
  reductions: string[];
  parameters: { name: string; description: string; default?: number | boolean }[];
}

async function catalogue(): Promise<Entry[]> {
  const response = await app().inject({ method: 'GET', url: '/losses' });
  expect(response.statusCode).toBe(200);
  return response.json() as Entry[];
}

// A request every loss accepts: a 2 x 3 batch of valid inputs with class
// indices or labels as each loss needs them.
const sampleBodies: Record<string, Record<string, unknown>> = {
  'cross-entropy': { input: [[1, 2, 3], [0, 0, 1]], target: [2, 0] },
  'nll': { input: [[-1, -2, -0.5], [-0.1, -3, -2]], target: [2, 0] },
  'binary-cross-entropy': { input: [[0.2, 0.5, 0.9], [0.1, 0.4, 0.7]],
    target: [[0, 1, 1], [0, 0, 1]] },
  'kl-div': { input: [[-1, -2, -0.5], [-0.1, -3, -2]],
    target: [[0.2, 0.3, 0.5], [0.6, 0.2, 0.2]] },
};
const defaultBody = { input: [[0.2, 0.5, 0.9], [0.1, 0.4, 0.7]],
  target: [[0, 1, 1], [0, 0, 1]] };

describe('GET /losses', () => {
  it('lists every loss of the contract, each under its own path', async () => {
    const entries = await catalogue();
    expect(entries.map((entry) => entry.name).sort())
      .toEqual(Object.values(lossRouteOf).sort());
    for (const entry of entries) expect(entry.path).toBe(`/losses/${entry.name}`);
    expect(entries.find((entry) => entry.name === 'l1')?.aliases).toEqual(['mae']);
  });

  it('lists the parameters and defaults of the contract', async () => {
    const entries = await catalogue();
    const defaults = Object.fromEntries(entries.map((entry) => [entry.name,
      Object.fromEntries(entry.parameters.map((p) => [p.name, p.default ?? null]))]));
    expect(defaults).toEqual({
      'mse': {}, 'l1': {}, 'huber': { delta: 1 }, 'smooth-l1': { beta: 1 }, 'log-cosh': {},
      'cross-entropy': { weight: null, ignoreIndex: -100, labelSmoothing: 0 },
      'nll': { weight: null, ignoreIndex: -100 },
      'binary-cross-entropy': { weight: null },
      'binary-cross-entropy-with-logits': { weight: null, posWeight: null },
      'kl-div': { logTarget: false },
      'poisson-nll': { logInput: true, full: false, eps: 1e-8 },
    });
    expect(entries.find((entry) => entry.name === 'kl-div')?.reductions).toContain('batchmean');
  });

  it('states defaults that are the ones the routes apply', async () => {
    for (const entry of await catalogue()) {
      const body = sampleBodies[entry.name] ?? defaultBody;
      const explicit = Object.fromEntries(entry.parameters.filter((p) => p.default !== undefined)
        .map((p) => [p.name, p.default]));
      const [implicit, given] = await Promise.all([
        postJson(app(), entry.path, body),
        postJson(app(), entry.path, { ...body, ...explicit, reduction: entry.reductions[0] }),
      ]);
      expect(implicit.status, entry.name).toBe(200);
      expect(given.body, entry.name).toEqual(implicit.body);
    }
  });

  it('documents every loss route in the OpenAPI document', async () => {
    const response = await app().inject({ method: 'GET', url: '/openapi.json' });
    const paths = Object.keys(response.json().paths as object);
    for (const name of [...Object.values(lossRouteOf), 'mae']) {
      expect(paths).toContain(`/losses/${name}`);
    }
    expect(paths).toContain('/losses');
  });
});
