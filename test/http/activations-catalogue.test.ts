import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';

const app = useTestApp();

// The names and defaults of the HTTP contract (shared/design/api.md).
const contract: Record<string, Record<string, number | string>> = {
  'relu': {}, 'leaky-relu': { negativeSlope: 0.01 }, 'prelu': { weight: 0.25 },
  'sigmoid': {}, 'tanh': {}, 'silu': {}, 'gelu': { approximate: 'none' },
  'elu': { alpha: 1 }, 'selu': {}, 'celu': { alpha: 1 },
  'softplus': { beta: 1, threshold: 20 }, 'softsign': {}, 'mish': {},
  'hardtanh': { minVal: -1, maxVal: 1 }, 'relu6': {}, 'hardsigmoid': {}, 'hardswish': {},
  'logsigmoid': {}, 'identity': {},
};

interface Entry {
  name: string;
  aliases: string[];
  formula: string;
  gradient: boolean;
  parameters: { name: string; default: number | string; range: string }[];
}

describe('GET /activations', () => {
  it('lists the 19 functions of the contract with their parameters and defaults', async () => {
    const response = await app().inject({ method: 'GET', url: '/activations' });
    expect(response.statusCode).toBe(200);
    const catalogue = response.json() as Entry[];
    expect(catalogue.map((entry) => entry.name).sort()).toEqual(Object.keys(contract).sort());
    for (const entry of catalogue) {
      const defaults = Object.fromEntries(entry.parameters.map((p) => [p.name, p.default]));
      expect(defaults, entry.name).toEqual(contract[entry.name]);
      expect(entry.gradient).toBe(true);
      expect(entry.formula.length).toBeGreaterThan(0);
      for (const parameter of entry.parameters) expect(parameter.range).not.toBe('');
    }
    expect(catalogue.find((entry) => entry.name === 'silu')?.aliases).toEqual(['swish']);
  });
});

describe('the OpenAPI document', () => {
  it('has a path for every activation and alias, with exactly its parameters', async () => {
    const document = (await app().inject({ method: 'GET', url: '/openapi.json' })).json();
    const names = [...Object.keys(contract), 'swish'];
    for (const name of names) {
      const post = document.paths[`/activations/${name}`]?.post;
      expect(post, name).toBeDefined();
      const schema = post.requestBody.content['application/json'].schema;
      const expected = ['x', 'gradient', ...Object.keys(contract[name] ?? {})];
      expect(Object.keys(schema.properties).sort(), name).toEqual(expected.sort());
    }
    expect(document.paths['/activations']?.get).toBeDefined();
    expect(document.paths['/activations/{name}']).toBeUndefined();
  });
});
