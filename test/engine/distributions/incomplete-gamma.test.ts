import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import { gamma } from '../../../src/engine/distributions/gamma.js';
import { regularizedGamma } from '../../../src/engine/distributions/incomplete-gamma.js';
import { poisson } from '../../../src/engine/distributions/poisson.js';

// For a whole number a, Q(a, x) = sum over j < a of e^-x x^j / j! and
// P(a, x) = sum over j >= a: sums of Poisson probabilities, added here in log
// space, which share nothing with the series, fraction and expansion the
// engine uses. The smaller of the two is summed, the other is 1 minus it.
function poissonSum(x: number, from: number, to: number): number {
  const logTerms: number[] = [];
  for (let j = from; j < to; j++) logTerms.push(-x + j * Math.log(x) - gammaln(j + 1));
  const largest = Math.max(...logTerms);
  let sum = 0;
  let compensation = 0;
  for (const logTerm of logTerms) {
    const term = Math.exp(logTerm - largest);
    const next = sum + term;
    compensation += sum >= term ? (sum - next) + term : (term - next) + sum;
    sum = next;
  }
  return Math.exp(largest + Math.log(sum + compensation));
}

function lowerAndUpper(a: number, x: number): { lower: number; upper: number } {
  if (x >= a) {
    const upper = poissonSum(x, 0, a);
    return { lower: 1 - upper, upper };
  }
  // Terms beyond a + 40 sqrt(a) + 100 are below 1e-300 of the first.
  const lower = poissonSum(x, a, a + Math.ceil(40 * Math.sqrt(a)) + 100);
  return { lower, upper: 1 - lower };
}

function expectRelativelyClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('the regularised incomplete gamma function for large shapes', () => {
  // Around a (Temme's zone), just outside it, and far into both tails,
  // for shapes where x passes 1000.
  for (const a of [1001, 2000, 5000, 20_000]) {
    const spread = Math.sqrt(a);
    for (const offset of [0, -3, 3, -8, 8, -0.3 * spread, 0.3 * spread]) {
      const x = a + offset * spread;
      it(`Q(${a}, ${x.toFixed(1)}) and P agree with the Poisson sum`, () => {
        const expected = lowerAndUpper(a, x);
        expectRelativelyClose(regularizedGamma(a, x, true), expected.upper, 1e-10);
        expectRelativelyClose(regularizedGamma(a, x, false), expected.lower, 1e-10);
      });
    }
  }

  it('keeps P + Q = 1 and both in [0, 1] across the switch at x = 1000', () => {
    for (const a of [25, 200, 999, 1001, 1e6, 1e12]) {
      for (const factor of [0.5, 0.99, 1, 1.01, 2]) {
        const x = a * factor;
        const p = regularizedGamma(a, x, false);
        const q = regularizedGamma(a, x, true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(1);
        expect(Math.abs(p + q - 1)).toBeLessThan(1e-14);
      }
    }
  });
});

describe('distributions built on it, at large parameters', () => {
  it('gives the Poisson cdf as the sum of its probabilities', () => {
    const distribution = poisson(2000);
    let sum = 0;
    for (let k = 0; k <= 1999; k++) sum += distribution.density(k);
    expectRelativelyClose(distribution.cdf(1999), sum, 1e-11);
  });

  it('keeps the Poisson pmf exact at huge rates: pmf(k + 1) / pmf(k) = lambda / (k + 1)', () => {
    for (const lambda of [1e9, 1e12, 1e15]) {
      const distribution = poisson(lambda);
      for (const k of [lambda - 3 * Math.sqrt(lambda), lambda, lambda + 5 * Math.sqrt(lambda)]) {
        const whole = Math.round(k);
        const ratio = distribution.density(whole + 1) / distribution.density(whole);
        expectRelativelyClose(ratio, lambda / (whole + 1), 1e-9);
      }
    }
  });

  it('keeps the gamma density exact at huge shapes: pdf(x; k + 1) / pdf(x; k) = x / k', () => {
    for (const shape of [1e9, 1e12, 1e15]) {
      for (const x of [shape - 3 * Math.sqrt(shape), shape, shape + 5 * Math.sqrt(shape)]) {
        const ratio = gamma(shape + 1, 1).density(x) / gamma(shape, 1).density(x);
        expectRelativelyClose(ratio, x / shape, 1e-9);
      }
    }
  });

  it('sums the Poisson pmf to 1 at a large rate', () => {
    const lambda = 1e6;
    const distribution = poisson(lambda);
    let sum = 0;
    for (let k = lambda - 40_000; k <= lambda + 40_000; k++) sum += distribution.density(k);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-11);
  });

  it('puts the Poisson median where the cdf first reaches 1/2', () => {
    for (const lambda of [2000, 1e6, 1e12]) {
      const distribution = poisson(lambda);
      const median = distribution.quantile(0.5);
      expect(distribution.cdf(median)).toBeGreaterThanOrEqual(0.5);
      expect(distribution.cdf(median - 1)).toBeLessThan(0.5);
    }
  });

  it('inverts the gamma cdf at large shapes', () => {
    for (const shape of [1001, 1e4, 1e6]) {
      const distribution = gamma(shape, 1);
      for (const p of [1e-6, 0.01, 0.5, 0.99]) {
        expectRelativelyClose(distribution.cdf(distribution.quantile(p)), p, 1e-9);
      }
    }
  });
});
