import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { generateInput, loadReference, type ModularGenerator } from '../support/reference.js';

const app = useTestApp();
const pooledApp = useTestApp({ INLINE_THRESHOLD_BYTES: 0 });

// The reference's generated 50,000-entry vector: a language model's vocabulary.
const longCase = loadReference('softmax.json').cases
  .find((c) => c.op === 'softmax' && 'generator' in c.input)!;
const vocabularyLogits = generateInput(longCase.input.generator as ModularGenerator);

describe('POST /sample', () => {
  it('draws n tokens from a vector and returns the distribution and the seed', async () => {
    const response = await postJson(app(), '/sample', { logits: [2, 1, 0.1], n: 5, seed: 42 });
    expect(response.status).toBe(200);
    expect(response.body.seed).toBe(42);
    expect(response.body.samples).toHaveLength(5);
    for (const token of response.body.samples) expect([0, 1, 2]).toContain(token);
    const softmax = await postJson(app(), '/softmax', { logits: [2, 1, 0.1] });
    expect(response.body.distribution).toEqual(softmax.body.probabilities);
  });

  it('answers a matrix with one list of samples and one distribution row per row', async () => {
    const response = await postJson(app(), '/sample', {
      logits: [[0, '-Infinity', 0], [5, 0, 0]], n: 4, seed: 1, topK: 1 });
    expect(response.status).toBe(200);
    expect(response.body.samples).toEqual([[0, 0, 0, 0], [0, 0, 0, 0]]);
    expect(response.body.distribution).toEqual([[1, 0, 0], [1, 0, 0]]);
  });

  it('chooses a fresh seed when none is given and repeats itself with it', async () => {
    const body = { probabilities: [0.25, 0.25, 0.25, 0.25], n: 40 };
    const first = await postJson(app(), '/sample', body);
    expect(Number.isSafeInteger(first.body.seed)).toBe(true);
    const again = await postJson(app(), '/sample', { ...body, seed: first.body.seed });
    expect(again.body.samples).toEqual(first.body.samples);
  });

  it('gives the same samples on the event loop and in a worker', async () => {
    const body = { logits: vocabularyLogits, topP: 0.9, temperature: 0.8, n: 100, seed: 5 };
    const inline = await postJson(app(), '/sample', body);
    const pooled = await postJson(pooledApp(), '/sample', body);
    expect(pooled.status).toBe(200);
    expect(pooled.body).toEqual(inline.body);
    expect(pooledApp().dispatcher.counts.pooled).toBeGreaterThan(0);
  });

  it('keeps exactly the 40 most probable of 50,000 tokens with topK 40', async () => {
    const response = await postJson(app(), '/sample',
      { logits: vocabularyLogits, topK: 40, n: 1000, seed: 3 });
    expect(response.status).toBe(200);
    const distribution = response.body.distribution as number[];
    expect(distribution).toHaveLength(vocabularyLogits.length);

    const top = vocabularyLogits.map((logit, index) => ({ logit, index }))
      .sort((a, b) => b.logit - a.logit || a.index - b.index).slice(0, 40)
      .map((t) => t.index);
    const kept = distribution.flatMap((p, index) => (p > 0 ? [index] : []));
    expect(kept).toEqual([...top].sort((a, b) => a - b));
    expect(distribution.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    for (const token of response.body.samples) expect(top).toContain(token);
  });

  it('decodes greedily at temperature 0', async () => {
    const response = await postJson(app(), '/sample',
      { probabilities: [0.2, 0.4, 0.4], temperature: 0, n: 3 });
    expect(response.body.samples).toEqual([1, 1, 1]);
    expect(response.body.distribution).toEqual([0, 1, 0]);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await app().inject({ method: 'GET', url: '/openapi.json' })).json();
    const operation = document.paths['/sample'].post;
    expect(operation.description).toMatch(/temperature, top-k,\s+top-p, min-p/);
    expect(Object.keys(operation.requestBody.content['application/json'].schema.properties))
      .toEqual(['logits', 'probabilities', 'temperature', 'topK', 'topP', 'minP', 'n', 'seed']);
  });
});

const refusals: Array<[string, Record<string, unknown>, number, string]> = [
  ['both logits and probabilities', { logits: [1], probabilities: [1] }, 400, '/probabilities'],
  ['neither logits nor probabilities', { n: 2 }, 400, '/logits'],
  ['a negative temperature', { logits: [1, 2], temperature: -0.5 }, 422, '/temperature'],
  ['topK 0', { logits: [1, 2], topK: 0 }, 422, '/topK'],
  ['a fractional topK', { logits: [1, 2], topK: 1.5 }, 400, '/topK'],
  ['topP 0', { logits: [1, 2], topP: 0 }, 422, '/topP'],
  ['topP above 1', { logits: [1, 2], topP: 1.01 }, 422, '/topP'],
  ['a negative minP', { logits: [1, 2], minP: -0.1 }, 422, '/minP'],
  ['minP above 1', { logits: [1, 2], minP: 1.5 }, 422, '/minP'],
  ['an all-masked row', { logits: [[1, 2], ['-Infinity', '-Infinity']] }, 422, '/logits/1'],
  ['a +Infinity logit', { logits: [1, 'Infinity'] }, 422, '/logits/1'],
  ['a negative probability', { probabilities: [1.5, -0.5] }, 422, '/probabilities/1'],
  ['probabilities summing to 1 + 1e-8', { probabilities: [0.5, 0.5 + 1e-8] }, 422,
    '/probabilities'],
  ['a row of probabilities not summing to 1', { probabilities: [[0.5, 0.5], [0.5, 0.4]] }, 422,
    '/probabilities/1'],
  ['n 0', { logits: [1, 2], n: 0 }, 400, '/n'],
  ['n above 10,000', { logits: [1, 2], n: 10_001 }, 400, '/n'],
  ['a negative seed', { logits: [1, 2], seed: -1 }, 400, '/seed'],
  ['more draws than MAX_ELEMENTS allows', { logits: [[1, 2], [1, 2], [1, 2]], n: 10_000 },
    413, '/n'],
];

describe('POST /sample refuses', () => {
  const strictApp = useTestApp({ MAX_ELEMENTS: 20_000 });

  for (const [name, body, status, pointer] of refusals) {
    it(`${name} with ${status} at ${pointer}`, async () => {
      const response = await postJson(strictApp(), '/sample', body);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors[0].pointer).toBe(pointer);
    });
  }

  it('accepts probabilities whose sum is off 1 by less than 1e-9', async () => {
    const response = await postJson(strictApp(), '/sample',
      { probabilities: [0.5, 0.5 + 5e-10], seed: 1 });
    expect(response.status).toBe(200);
  });
});
