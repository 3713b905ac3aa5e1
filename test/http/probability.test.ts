import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { caseRequest, isErrorCase } from '../support/probability-cases.js';
import { expectClose, loadReference } from '../support/reference.js';

const reference = loadReference('probability.json');
const app = useTestApp();

describe('POST /probability/* against the reference vectors', () => {
  for (const c of reference.cases) {
    it(`${c.id}`, async () => {
      const request = caseRequest(c);
      const response = await postJson(app(), request.path, request.body);
      if (isErrorCase(c)) {
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors[0].pointer).toMatch(/^\/\w+/);
        return;
      }
      expect(response.status).toBe(200);
      for (const [key, field] of Object.entries(request.fields)) {
        expectClose(response.body[field], c.expected[key], c.tolerance, `${c.id} ${key}`);
      }
    });
  }
});

// name, body, status, pointer of the first error
type Refusal = [string, unknown, number, string];

function itRefuses(path: string, refusals: Refusal[]): void {
  for (const [name, body, status, pointer] of refusals) {
    it(`refuses ${name} with ${status} naming ${pointer}`, async () => {
      const response = await postJson(app(), path, body);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors[0].pointer).toBe(pointer);
    });
  }
}

describe('POST /probability/expectation', () => {
  it('gives 40 for a 60% chance of winning 100 and a 40% chance of losing 50', async () => {
    const response = await postJson(app(), '/probability/expectation',
      { values: [100, -50], probabilities: [0.6, 0.4] });
    expect(response.status).toBe(200);
    expect(response.body.mean).toBe(40);
  });

  it('gives the right, non-negative variance for 1e9 + small spreads', async () => {
    const values = [1e9 + 1e-4, 1e9 - 1e-4, 1e9];
    const response = await postJson(app(), '/probability/expectation',
      { values, probabilities: [0.25, 0.25, 0.5] });
    // Deviations from the exact mean 1e9: +-(a - 1e9), each exact.
    const spread = values[0]! - 1e9;
    expectClose(response.body.variance, 0.25 * spread ** 2 + 0.25 * (values[1]! - 1e9) ** 2,
      { rel: 1e-12, abs: 0 });
  });

  it('refuses an infinite outcome with a 422 naming it', async () => {
    const response = await postJson(app(), '/probability/expectation',
      { values: [1, 'Infinity'], probabilities: [0.5, 0.5] });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].pointer).toBe('/values/1');
  });
});

describe('POST /probability/bayes', () => {
  const screening = { prior: 0.01, sensitivity: 0.9, falsePositiveRate: 0.09 };

  it('gives the medical screening posterior of Bayes\' formula', async () => {
    const response = await postJson(app(), '/probability/bayes', screening);
    expect(response.status).toBe(200);
    const { prior, sensitivity, falsePositiveRate } = screening;
    const evidence = prior * sensitivity + (1 - prior) * falsePositiveRate;
    expectClose(response.body.posterior, prior * sensitivity / evidence,
      { rel: 1e-15, abs: 0 });
    expectClose(response.body.evidence, evidence, { rel: 1e-15, abs: 0 });
    expect(response.body.posterior).toBeCloseTo(0.0917, 4);
    expect(response.body.posteriorIfNegative).toBeLessThan(prior);
  });

  it('takes specificity in place of the false-positive rate', async () => {
    const response = await postJson(app(), '/probability/bayes',
      { prior: 0.01, sensitivity: 0.9, specificity: 0.91 });
    const byRate = await postJson(app(), '/probability/bayes', screening);
    expectClose(response.body.posterior, byRate.body.posterior, { rel: 1e-14, abs: 0 });
  });

  it('gives every posterior for several hypotheses', async () => {
    const response = await postJson(app(), '/probability/bayes',
      { priors: [0.5, 0.3, 0.2], likelihoods: [0.1, 0.5, 0.9] });
    expect(response.status).toBe(200);
    const evidence = 0.5 * 0.1 + 0.3 * 0.5 + 0.2 * 0.9;
    expectClose(response.body.evidence, evidence, { rel: 1e-15, abs: 0 });
    expectClose(response.body.posteriors, [0.05 / evidence, 0.15 / evidence, 0.18 / evidence],
      { rel: 1e-14, abs: 0 });
  });

  const refusals: Refusal[] = [
    ['both rates', { ...screening, specificity: 0.91 }, 400, '/specificity'],
    ['neither rate', { prior: 0.5, sensitivity: 0.5 }, 400, '/falsePositiveRate'],
    ['a sensitivity above 1', { ...screening, sensitivity: 1.5 }, 422, '/sensitivity'],
    ['a negative specificity', { prior: 0.5, sensitivity: 0.5, specificity: -0.1 }, 422,
      '/specificity'],
    ['zero evidence', { prior: 1, sensitivity: 0, falsePositiveRate: 0.5 }, 422, '/sensitivity'],
    ['priors not summing to 1', { priors: [0.5, 0.6], likelihoods: [0.5, 0.5] }, 422,
      '/priors'],
    ['a likelihood above 1', { priors: [0.5, 0.5], likelihoods: [0.5, 2] }, 422,
      '/likelihoods/1'],
    ['likelihoods of another length', { priors: [0.5, 0.5], likelihoods: [0.5] }, 400,
      '/likelihoods'],
    ['zero evidence over hypotheses', { priors: [1, 0], likelihoods: [0, 1] }, 422,
      '/likelihoods'],
    ['a field of the other form', { ...screening, priors: [1] }, 400, '/priors'],
  ];
  itRefuses('/probability/bayes', refusals);
});

describe('POST /probability/conditional', () => {
  it('summarises a joint table', async () => {
    const response = await postJson(app(), '/probability/conditional',
      { joint: [[0.3, 0.1], [0.2, 0.4]], base: 2 });
    expect(response.status).toBe(200);
    const { body } = response;
    expectClose(body.rowMarginals, [0.4, 0.6], { rel: 1e-15, abs: 0 });
    expectClose(body.columnMarginals, [0.5, 0.5], { rel: 1e-15, abs: 0 });
    expectClose(body.rowGivenColumn, [[0.6, 0.2], [0.4, 0.8]], { rel: 1e-15, abs: 0 });
    expectClose(body.columnGivenRow, [[0.75, 0.25], [1 / 3, 2 / 3]], { rel: 1e-15, abs: 0 });
    const cells = [[0.3, 0.4, 0.5], [0.1, 0.4, 0.5], [0.2, 0.6, 0.5], [0.4, 0.6, 0.5]];
    const information = cells.reduce((sum, [p, r, c]) => sum + p! * Math.log2(p! / (r! * c!)), 0);
    expectClose(body.mutualInformation, information, { rel: 1e-12, abs: 0 });
    expect(body.independent).toBe(false);
    expect(body).toMatchObject({ zeroMarginalRows: [], zeroMarginalColumns: [] });
  });

  it('answers a zero-probability row with zeros and its index, never NaN', async () => {
    const response = await postJson(app(), '/probability/conditional',
      { joint: [[0, 0], [0.5, 0.5]] });
    expect(response.status).toBe(200);
    expect(response.body.columnGivenRow).toEqual([[0, 0], [0.5, 0.5]]);
    expect(response.body.zeroMarginalRows).toEqual([0]);
    expect(JSON.stringify(response.body)).not.toMatch(/NaN|null/);
  });

  it('takes counts with normalize', async () => {
    const response = await postJson(app(), '/probability/conditional',
      { joint: [[3, 7], [6, 14]], normalize: true });
    expect(response.body.independent).toBe(true);
  });

  const refusals: Refusal[] = [
    ['a table not summing to 1', { joint: [[0.5, 0.5], [0.5, 0.5]] }, 422, '/joint'],
    ['a negative cell', { joint: [[0.5, 0.6], [-0.1, 0]] }, 422, '/joint/1/0'],
    ['a vector', { joint: [0.5, 0.5] }, 400, '/joint'],
    ['a matrix with a marginal', { joint: [[1]], marginal: 1 }, 400, '/joint'],
    ['a marginal above 1', { joint: 0.5, marginal: 1.5 }, 422, '/marginal'],
  ];
  itRefuses('/probability/conditional', refusals);
});

describe('the OpenAPI document', () => {
  it('shows both forms of Bayes and conditional', async () => {
    const response = await app().inject({ method: 'GET', url: '/openapi.json' });
    const paths = response.json().paths;
    for (const path of ['/probability/bayes', '/probability/conditional']) {
      const schema = paths[path].post.requestBody.content['application/json'].schema;
      expect(schema.anyOf.map((form: { title: string }) => form.title)).toHaveLength(2);
    }
    expect(paths['/probability/conditional'].post.description).toMatch(/1e-9/);
  });
});
