import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { lossRequest } from '../support/loss-cases.js';
import { expectClose, holdsNaN, loadReference, type ReferenceCase } from '../support/reference.js';

const reference = loadReference('losses.json');
const app = useTestApp();

function caseById(id: string): ReferenceCase {
  const found = reference.cases.find((c) => c.id === id);
  if (!found) throw new Error(`losses.json has no case ${id}`);
  return found;
}

async function answer(c: ReferenceCase, name?: string) {
  const { path, body } = lossRequest(c, name);
  return postJson(app(), path, body);
}

describe('POST /losses/{name} against every case of losses.json', () => {
  for (const c of reference.cases) {
    it(c.id, async () => {
      const response = await answer(c);
      if (holdsNaN(c.expected)) {
        // PyTorch answers NaN for a mean over no counted target; the
        // contract asks for a 422 naming the field.
        expect(response.status).toBe(422);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.code).toBe('domain-error');
        expect(response.body.errors[0].pointer).toBe('/target');
        return;
      }
      expect(response.status).toBe(200);
      expectClose(response.body.loss, c.expected.loss, c.tolerance, c.id);
    });
  }
});

describe('the seed examples', () => {
  it('answers MSE 1.47 on [11.5, 20.5, 15.6] against [12, 18.5, 16]', async () => {
    const c = caseById('mse-seed-mean');
    expect(c.input).toEqual({ input: [11.5, 20.5, 15.6], target: [12, 18.5, 16] });
    const response = await postJson(app(), '/losses/mse', c.input);
    expect(response.body.loss).toBeCloseTo(1.47, 12);
    expectClose(response.body.loss, c.expected.loss, c.tolerance, c.id);
  });

  it('answers the two-sample cross-entropy example, about 0.5265, on defaults', async () => {
    const c = caseById('ce-seed-mean');
    const response = await postJson(app(), '/losses/cross-entropy', c.input);
    expect(response.body.loss).toBeCloseTo(0.5265, 4);
    expectClose(response.body.loss, c.expected.loss, c.tolerance, c.id);
  });
});

describe('the alias mae', () => {
  for (const c of reference.cases.filter((item) => item.op === 'l1Loss')) {
    it(`answers ${c.id} exactly as l1`, async () => {
      const [l1, mae] = await Promise.all([answer(c), answer(c, 'mae')]);
      expect(mae.status).toBe(200);
      expect(mae.body).toEqual(l1.body);
    });
  }
});

describe('reductions', () => {
  it('answers "none" with the input\'s shape and "mean" with a number', async () => {
    const body = { input: [[1, 2], [3, 4]], target: [[1, 1], [1, 1]] };
    const none = await postJson(app(), '/losses/mse', { ...body, reduction: 'none' });
    expect(none.body.loss).toEqual([[0, 1], [4, 9]]);
    const mean = await postJson(app(), '/losses/mse', body);
    expect(mean.body.loss).toBe(3.5);
  });

  it('answers a scalar loss for an unbatched cross-entropy, even with "none"', async () => {
    const response = await postJson(app(), '/losses/cross-entropy',
      { input: [1, 2, 3], target: 2, reduction: 'none' });
    expect(typeof response.body.loss).toBe('number');
  });

  it('returns an infinite loss as the string "Infinity"', async () => {
    const response = await postJson(app(), '/losses/cross-entropy',
      { input: [[0, '-Infinity']], target: [1], reduction: 'none' });
    expect(response.status).toBe(200);
    expect(response.body.loss).toEqual(['Infinity']);
  });

  it('counts a zero target probability as 0 against a masked logit (0 log 0 = 0)', async () => {
    const response = await postJson(app(), '/losses/cross-entropy',
      { input: [[0, '-Infinity']], target: [[1, 0]] });
    expect(response.body.loss).toBe(0);
  });

  it('offers "batchmean" for kl-div only', async () => {
    const body = { input: [[-1, -1]], target: [[0.5, 0.5]], reduction: 'batchmean' };
    expect((await postJson(app(), '/losses/kl-div', body)).status).toBe(200);
    expect((await postJson(app(), '/losses/mse', body)).status).toBe(400);
  });
});
