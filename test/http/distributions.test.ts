import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';

const app = useTestApp({ MAX_ELEMENTS: 1000 });

describe('GET /distributions', () => {
  it('lists every distribution with its parameters, support and kind', async () => {
    const response = await app().inject({ method: 'GET', url: '/distributions' });
    expect(response.statusCode).toBe(200);
    const catalogue = response.json() as { name: string; discrete: boolean; params: unknown[] }[];
    expect(catalogue.map((entry) => entry.name)).toEqual(['normal', 'uniform', 'exponential',
      'gamma', 'beta', 'student-t', 'chi-squared', 'log-normal', 'bernoulli', 'binomial',
      'poisson', 'geometric']);
    const normal = catalogue.find((entry) => entry.name === 'normal');
    expect(normal).toMatchObject({ discrete: false, support: '(-Infinity, Infinity)',
      params: [{ name: 'mean', default: 0, required: false },
        { name: 'std', default: 1, range: '> 0', required: false }] });
    expect(catalogue.find((entry) => entry.name === 'poisson')).toMatchObject({
      discrete: true, methods: ['pmf', 'logPmf', 'cdf', 'sf', 'quantile', 'sample'],
      params: [{ name: 'lambda', required: true }] });
  });
});

describe('POST /distributions/{name}', () => {
  it('computes far upper tails directly, not as 1 - cdf', async () => {
    const response = await postJson(app(), '/distributions/normal', { sf: [10], cdf: [10] });
    expect(response.body.cdf).toEqual([1]);
    // Phi(-10) = 7.619853024160527e-24 (mpmath): 1 - cdf would be 0.
    expect(response.body.sf[0]).toBeCloseTo(7.619853024160527e-24, 35);
  });

  it('keeps the log density finite where the density underflows', async () => {
    const response = await postJson(app(), '/distributions/normal', { logPdf: 40, pdf: 40 });
    expect(response.body.pdf).toBe(0);
    expect(response.body.logPdf).toBeCloseTo(-800 - 0.5 * Math.log(2 * Math.PI), 10);
  });

  it('keeps the shape of the points it is given', async () => {
    const response = await postJson(app(), '/distributions/uniform',
      { params: { low: 0, high: 4 }, cdf: [[1, 2], [3, 4]], pdf: 1 });
    expect(response.body.cdf).toEqual([[0.25, 0.5], [0.75, 1]]);
    expect(response.body.pdf).toBe(0.25);
  });

  it('answers undefined moments as "NaN" and infinite ones as "Infinity"', async () => {
    const cauchy = await postJson(app(), '/distributions/student-t', { params: { df: 1 } });
    expect(cauchy.body).toMatchObject({ mean: 'NaN', variance: 'NaN', std: 'NaN' });
    const t2 = await postJson(app(), '/distributions/student-t', { params: { df: 2 } });
    expect(t2.body).toMatchObject({ mean: 0, variance: 'Infinity', std: 'Infinity',
      support: { lower: '-Infinity', upper: 'Infinity' } });
  });

  it('documents "NaN" for a moment that does not exist in the OpenAPI document', async () => {
    const response = await app().inject({ method: 'GET', url: '/openapi.json' });
    const route = response.json().paths['/distributions/student-t'].post;
    expect(route.description).toMatch(/"NaN" \(undefined/);
  });

  it('tells a client asking pdf of a discrete distribution to ask for pmf', async () => {
    const response = await postJson(app(), '/distributions/poisson',
      { params: { lambda: 3 }, pdf: [1] });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors[0]).toMatchObject({ pointer: '/pdf' });
    expect(response.body.errors[0].message).toMatch(/discrete.*pmf/);
  });

  it('tells a client asking logPmf of a continuous distribution to ask for logPdf', async () => {
    const response = await postJson(app(), '/distributions/gamma',
      { params: { shape: 2 }, logPmf: [1] });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/continuous.*logPdf/);
  });

  it('names a probability outside [0, 1] given to quantile', async () => {
    const response = await postJson(app(), '/distributions/normal', { quantile: [[0.5, 1.5]] });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('domain-error');
    expect(response.body.errors[0].pointer).toBe('/quantile/0/1');
  });

  it('requires parameters that have no default', async () => {
    const response = await postJson(app(), '/distributions/beta', { params: { alpha: 2 } });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/params/beta');
  });

  it('refuses a parameter given as a string, an unknown parameter and NaN points', async () => {
    const text = await postJson(app(), '/distributions/normal', { params: { std: '2' } });
    expect(text.status).toBe(400);
    const unknown = await postJson(app(), '/distributions/normal', { params: { sd: 2 } });
    expect(unknown.body.errors[0].pointer).toBe('/params/sd');
    const nan = await postJson(app(), '/distributions/normal', { cdf: [0, 'NaN'] });
    expect(nan.status).toBe(400);
    expect(nan.body.errors[0].pointer).toBe('/cdf/1');
  });

  it('answers 422, not NaN, where extreme parameters defeat float64', async () => {
    // rate * x overflows, and the incomplete gamma function of Infinity is NaN.
    const response = await postJson(app(), '/distributions/gamma',
      { params: { shape: 1e-300, rate: 1e300 }, cdf: [1e300] });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].pointer).toBe('/params');
  });

  it('answers an unknown name with 404 listing the known names', async () => {
    const response = await postJson(app(), '/distributions/cauchy', { params: {} });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('unknown-name');
    expect(response.body.detail).toMatch(/normal, uniform, .*geometric/);
  });
});

describe('POST /distributions/{name} sampling', () => {
  it('gives the same draws for the same seed and returns the seed', async () => {
    const body = { params: { n: 20, p: 0.4 }, sample: { n: 8, seed: 12345 } };
    const first = await postJson(app(), '/distributions/binomial', body);
    const second = await postJson(app(), '/distributions/binomial', body);
    expect(first.status).toBe(200);
    expect(first.body.seed).toBe(12345);
    expect(first.body.sample).toHaveLength(8);
    expect(first.body.sample.every((k: number) => Number.isInteger(k) && k >= 0 && k <= 20))
      .toBe(true);
    expect(second.body.sample).toEqual(first.body.sample);
  });

  it('chooses a seed when none is given and reports it so the draw can be repeated', async () => {
    const first = await postJson(app(), '/distributions/gamma',
      { params: { shape: 2 }, sample: { n: 4 } });
    expect(Number.isSafeInteger(first.body.seed)).toBe(true);
    const again = await postJson(app(), '/distributions/gamma',
      { params: { shape: 2 }, sample: { n: 4, seed: first.body.seed } });
    expect(again.body.sample).toEqual(first.body.sample);
  });

  it('draws at most 10,000 values in one request', async () => {
    const response = await postJson(app(), '/distributions/exponential',
      { sample: { n: 10_001 } });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].pointer).toBe('/sample/n');
  });

  it('counts the draws towards MAX_ELEMENTS', async () => {
    const response = await postJson(app(), '/distributions/normal',
      { cdf: Array(10).fill(0), sample: { n: 995 } });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('too-many-elements');
    expect(response.body.errors[0].pointer).toBe('/sample/n');
  });
});

describe('dispatch of distribution requests', () => {
  it('runs even a short body in the pool, since draws cost what n says, not the body', async () => {
    const before = app().dispatcher.counts.pooled;
    const response = await app().inject({ method: 'POST', url: '/distributions/normal',
      payload: { sample: { n: 5, seed: 1 } } });
    expect(response.statusCode).toBe(200);
    expect(app().dispatcher.counts.pooled).toBe(before + 1);
  });
});
