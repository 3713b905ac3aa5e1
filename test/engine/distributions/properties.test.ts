import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bernoulli } from '../../../src/engine/distributions/bernoulli.js';
import { beta } from '../../../src/engine/distributions/beta.js';
import { binomial } from '../../../src/engine/distributions/binomial.js';
import type { Distribution } from '../../../src/engine/distributions/distribution.js';
import { exponential } from '../../../src/engine/distributions/exponential.js';
import { chiSquared, gamma } from '../../../src/engine/distributions/gamma.js';
import { geometric } from '../../../src/engine/distributions/geometric.js';
import { logNormal } from '../../../src/engine/distributions/log-normal.js';
import { sample } from '../../../src/engine/distributions/methods.js';
import { normal } from '../../../src/engine/distributions/normal.js';
import { poisson } from '../../../src/engine/distributions/poisson.js';
import { studentT } from '../../../src/engine/distributions/student-t.js';
import { uniform } from '../../../src/engine/distributions/uniform.js';
import { SeededRandom } from '../../../src/engine/random.js';

const MIN_NORMAL = 2.2250738585072014e-308;

const positive = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });

// Each distribution with an arbitrary of valid parameter sets, wide enough
// to reach skewed and heavy-tailed shapes.
const families: [string, fc.Arbitrary<Distribution>][] = [
  ['normal', fc.tuple(positive(-1e3, 1e3), positive(1e-3, 1e3)).map(([m, s]) => normal(m, s))],
  ['uniform', fc.tuple(positive(-1e3, 1e3), positive(1e-3, 1e3))
    .map(([low, w]) => uniform(low, low + w))],
  ['exponential', positive(1e-3, 1e3).map(exponential)],
  ['gamma', fc.tuple(positive(0.05, 500), positive(1e-2, 1e2)).map(([k, r]) => gamma(k, r))],
  ['beta', fc.tuple(positive(0.05, 200), positive(0.05, 200)).map(([a, b]) => beta(a, b))],
  ['student-t', positive(0.2, 1e3).map(studentT)],
  ['chi-squared', positive(0.1, 1e3).map(chiSquared)],
  ['log-normal', fc.tuple(positive(-5, 5), positive(0.05, 3)).map(([m, s]) => logNormal(m, s))],
  ['bernoulli', unit.map(bernoulli)],
  ['binomial', fc.tuple(fc.integer({ min: 0, max: 2000 }), unit).map(([n, p]) => binomial(n, p))],
  ['poisson', positive(1e-2, 5e3).map(poisson)],
  ['geometric', positive(1e-3, 1).map(geometric)],
];

// Log-uniform probabilities from 1e-300 to 1/2: the tails are where
// inversions go wrong.
const tailProbability = fc.double({ min: -300, max: Math.log10(0.5), noNaN: true })
  .map((e) => 10 ** e);

describe.each(families)('%s', (_name, family) => {
  it('has cdf + sf = 1 in the body of the distribution', () => {
    fc.assert(fc.property(family, fc.double({ min: 0.02, max: 0.98, noNaN: true }),
      (distribution, u) => {
        const x = distribution.quantile(u);
        const total = distribution.cdf(x) + distribution.sf(x);
        expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-12);
      }), { numRuns: 60 });
  });

  it('has a quantile that inverts the cdf in both tails', () => {
    fc.assert(fc.property(family, tailProbability, fc.boolean(), (distribution, q, upper) => {
      const p = upper ? 1 - q : q;
      // 1 - p is exact, while p = 1 - q was rounded.
      const target = upper ? 1 - p : p;
      const tail = upper ? (x: number) => distribution.sf(x) : (x: number) => distribution.cdf(x);
      const x = distribution.quantile(p);
      if (distribution.discrete) {
        // The smallest integer k with cdf(k) >= p, tested on the tail that
        // is exact: cdf(k) >= p and cdf(k - 1) < p.
        const reached = (k: number) =>
          (upper ? distribution.sf(k) <= target : distribution.cdf(k) >= p);
        expect(Number.isInteger(x)).toBe(true);
        expect(reached(x)).toBe(true);
        if (x > distribution.support.lower) expect(reached(x - 1)).toBe(false);
        return;
      }
      // Where x is subnormal or at the end of the support, it cannot be
      // closer; otherwise the tail at x is p within the error that rounding
      // x itself causes (about |x| pdf(x) ulp).
      if (Math.abs(x) < MIN_NORMAL || Math.abs(x) === Infinity) return;
      if (x === distribution.support.upper) return;
      const slack = Math.abs(x) * Math.exp(distribution.logDensity(x)) * 4 * Number.EPSILON;
      expect(Math.abs(tail(x) - target)).toBeLessThanOrEqual(1e-9 * target + slack);
    }), { numRuns: 150 });
  });
});

// Means of n = 20,000 inverse-cdf draws at a fixed seed lie within five
// standard errors (5 sd / sqrt(n)) of the true mean; by the central limit
// theorem a correct sampler misses that by chance with probability 6e-7.
describe('seeded sampling', () => {
  const cases: [string, Distribution][] = [
    ['normal', normal(3, 2)], ['uniform', uniform(-2, 5)], ['exponential', exponential(2.5)],
    ['gamma', gamma(0.5, 2)], ['beta', beta(2, 5)], ['student-t', studentT(5)],
    ['chi-squared', chiSquared(4)], ['log-normal', logNormal(0, 0.5)],
    ['bernoulli', bernoulli(0.3)], ['binomial', binomial(50, 0.9)], ['poisson', poisson(3)],
    ['geometric', geometric(0.05)],
  ];
  const n = 20_000;

  it.each(cases)('%s: the sample mean converges to the mean', (_name, distribution) => {
    const draws = sample(distribution, n, new SeededRandom(20_240_601));
    const mean = draws.reduce((sum, x) => sum + x, 0) / n;
    const { mean: expected, std } = distribution.moments();
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(5 * std / Math.sqrt(n));
  });

  it('repeats the same draws for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from(sample(gamma(2, 1), 5, new SeededRandom(seed)));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(8)).not.toEqual(draw(7));
  });
});
