import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectation } from '../../src/engine/expectation.js';
import { expectClose, loadReference } from '../support/reference.js';
import { isErrorCase } from '../support/probability-cases.js';

const reference = loadReference('probability.json');

function moments(values: number[], probabilities: number[]) {
  return expectation(Float64Array.from(values), Float64Array.from(probabilities));
}

describe('the expectation engine against the reference vectors', () => {
  const cases = reference.cases.filter((c) => c.op === 'expectation' && !isErrorCase(c));
  for (const c of cases) {
    it(`${c.id} matches the reference`, () => {
      const result = moments(c.input.values as number[], c.input.probabilities as number[]);
      for (const key of ['mean', 'variance', 'std'] as const) {
        expectClose(result[key], c.expected[key], c.tolerance, `${c.id} ${key}`);
      }
    });
  }

  it('covers the valid expectation cases of the file', () => {
    expect(cases.length).toBe(6);
  });
});

describe('expectation', () => {
  it('gives 40 for a 60% chance of winning 100 and a 40% chance of losing 50', () => {
    expect(moments([100, -50], [0.6, 0.4]).mean).toBe(0.6 * 100 + 0.4 * -50);
    expect(moments([100, -50], [0.6, 0.4]).mean).toBe(40);
  });

  it('keeps the variance of 1e9 + small spreads right and non-negative', () => {
    // Two equally likely values a, b: variance (a - b)^2 / 4, and a - b is exact.
    for (const spread of [1e-3, 1e-5, 2e-7]) {
      const a = 1e9 + spread;
      const b = 1e9 - spread;
      const result = moments([a, b], [0.5, 0.5]);
      expectClose(result.variance, (a - b) ** 2 / 4, { rel: 1e-12, abs: 0 });
      expectClose(result.std, Math.abs(a - b) / 2, { rel: 1e-12, abs: 0 });
    }
  });

  it('gives variance 0 for a point mass at a large value', () => {
    const result = moments([1e9 + 0.1, 1e9 + 0.1, 1e9 + 0.1], [0.3, 0.3, 0.4]);
    expect(result.variance).toBe(0);
    expect(result.std).toBe(0);
  });

  it('keeps std finite where the variance overflows float64', () => {
    const result = moments([1e308, -1e308], [0.5, 0.5]);
    expect(result.mean).toBe(0);
    expect(result.variance).toBe(Infinity);
    expect(result.std).toBe(1e308);
  });

  it('stays finite at the largest double, whose log2 rounds up to 1024', () => {
    const result = moments([0, -Number.MAX_VALUE], [0.5, 0.5]);
    expect(result.mean).toBe(-Number.MAX_VALUE / 2);
    expect(result.std).toBe(Number.MAX_VALUE / 2);
  });

  it('leaves a huge impossible outcome out of the scale and the sums', () => {
    expect(moments([1, 2, 1e308], [0.5, 0.5, 0])).toEqual({ mean: 1.5, variance: 0.25,
      std: 0.5 });
    const tiny = moments([1e-300, 3e-300, -1e308], [0.5, 0.5, 0]);
    expectClose(tiny.mean, 2e-300, { rel: 1e-15, abs: 0 });
    expectClose(tiny.std, 1e-300, { rel: 1e-15, abs: 0 });
  });

  it('keeps relative precision for tiny values whose square underflows', () => {
    const result = moments([3e-200, -3e-200], [0.5, 0.5]);
    expectClose(result.std, 3e-200, { rel: 1e-15, abs: 0 });
  });

  const distribution = fc.array(fc.tuple(
    fc.double({ min: -1000, max: 1000, noNaN: true }),
    fc.double({ min: 1e-3, max: 1, noNaN: true })), { minLength: 1, maxLength: 10 });

  it('is shift-invariant: the variance of x + c is that of x, for c up to 1e12', () => {
    fc.assert(fc.property(distribution, fc.constantFrom(1e6, 1e9, 1e12, -1e12), (pairs, c) => {
      const weightSum = pairs.reduce((sum, [, w]) => sum + w, 0);
      const p = pairs.map(([, w]) => w / weightSum);
      const shifted = pairs.map(([x]) => x + c);
      // The shifted values as stored, moved back by c: exact (Sterbenz).
      const unshifted = shifted.map((y) => y - c);
      const far = moments(shifted, p);
      const near = moments(unshifted, p);
      expect(far.variance).toBeGreaterThanOrEqual(0);
      expectClose(far.variance, near.variance, { rel: 1e-9, abs: 1e-12 * Math.abs(c) });
      expectClose(far.mean - c, near.mean, { rel: 0, abs: 4 * Math.abs(c) * 2 ** -52 });
    }));
  });
});
