import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { expectClose, generateInput, holdsNaN, loadReference, type ModularGenerator }
  from '../support/reference.js';

const reference = loadReference('softmax.json');
const app = useTestApp();

const routes = { softmax: ['/softmax', 'probabilities'], logSoftmax: ['/log-softmax',
  'logProbabilities'] } as const;

describe('POST /softmax and /log-softmax against the reference vectors', () => {
  for (const c of reference.cases) {
    const [path, field] = routes[c.op as keyof typeof routes];

    it(`${c.id}`, async () => {
      const generated = 'generator' in c.input;
      const logits = generated ? generateInput(c.input.generator as ModularGenerator) : c.input.x;
      const response = await postJson(app(), path, { logits, ...c.params });

      if (holdsNaN(c.expected)) {
        // PyTorch answers NaN for a fully masked slice; the contract says 422.
        expect(response.status).toBe(422);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.code).toBe('domain-error');
        expect(response.body.errors[0].pointer).toMatch(/^\/logits/);
        return;
      }
      expect(response.status).toBe(200);
      const result = response.body[field];
      if (generated) {
        const at = c.expected.yAt as { indices: number[]; values: number[] };
        at.indices.forEach((index, k) =>
          expectClose(result[index], at.values[k], c.tolerance, `${c.id}[${index}]`));
        return;
      }
      expectClose(result, c.expected.y, c.tolerance, c.id);
    });
  }
});

describe('POST /softmax', () => {
  it('answers the README example', async () => {
    const response = await postJson(app(), '/softmax', { logits: [2, 1, 0.1] });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.probabilities.map((p: number) => p.toFixed(3)))
      .toEqual(['0.659', '0.242', '0.099']);
  });

  it('returns a masked token as probability 0 and log-probability "-Infinity"', async () => {
    const p = await postJson(app(), '/softmax', { logits: [0, '-Infinity'] });
    expect(p.body.probabilities).toEqual([1, 0]);
    const logP = await postJson(app(), '/log-softmax', { logits: [0, '-Infinity'] });
    expect(logP.body.logProbabilities).toEqual([0, '-Infinity']);
  });

  it('normalises the columns of a matrix with dim 0', async () => {
    const response = await postJson(app(), '/softmax', { logits: [[0, 5], [0, 5]], dim: 0 });
    expect(response.body.probabilities).toEqual([[0.5, 0.5], [0.5, 0.5]]);
  });
});
