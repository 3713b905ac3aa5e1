import digamma from '@stdlib/math-base-special-digamma';
import gammaincinv from '@stdlib/math-base-special-gammaincinv';
import gammaln from '@stdlib/math-base-special-gammaln';
import { moments, type Distribution } from './distribution.js';
import { regularizedGamma } from './incomplete-gamma.js';
import { refineQuantile } from './refine.js';
import { logPoissonTerm } from './stirling.js';

// Gamma(shape k, rate r), k > 0 and r > 0, support [0, Infinity). With
// y = r x: log pdf = log r + (k - 1) log y - y - lgamma(k), in log space so
// it stays finite where the pdf under- or overflows, and without
// cancellation for large k (logPoissonTerm, stirling.ts); at x = 0 the pdf
// is Infinity (k < 1), r (k = 1) or 0 (k > 1). cdf = P(k, y) and
// sf = Q(k, y), the regularised lower and upper incomplete gamma functions,
// each computed directly (incomplete-gamma.ts). The quantile inverts P below
// p = 1/2 and Q above it (with the exact 1 - p), then Newton steps
// (refine.ts; on log x in the lower tail, where P is about a power of x)
// make it exact to the accuracy of P and Q;
// where the inverse is so far off in the lower tail that P is 0 at it, the
// start is the leading term of P instead, x = (p Gamma(k + 1))^(1/k) / r.
// Entropy
// k - log r + lgamma(k) + (1 - k) digamma(k).
export function gamma(shape: number, rate: number): Distribution {
  const logDensity = (x: number): number => {
    if (x === 0) return shape < 1 ? Infinity : shape === 1 ? Math.log(rate) : -Infinity;
    return Math.log(rate) + logPoissonTerm(shape - 1, rate * x);
  };
  const estimate = (p: number): number => {
    if (p > 0.5) return gammaincinv(1 - p, shape, true) / rate;
    const x = gammaincinv(p, shape) / rate;
    return regularizedGamma(shape, rate * x, false) > 0 ? x
      : Math.exp((Math.log(p) + gammaln(shape + 1)) / shape) / rate;
  };
  const distribution: Distribution = {
    discrete: false,
    support: { lower: 0, upper: Infinity },
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    cdf: (x) => regularizedGamma(shape, rate * x, false),
    sf: (x) => regularizedGamma(shape, rate * x, true),
    quantile: (p) => refineQuantile(distribution, p, estimate(p), p > 0.5 ? 'linear' : 'log'),
    moments: () => moments(shape / rate, shape / (rate * rate),
      shape - Math.log(rate) + gammaln(shape) + (1 - shape) * digamma(shape)),
  };
  return distribution;
}

// ChiSquared(df), df > 0: Gamma(df / 2, 1 / 2).
export function chiSquared(df: number): Distribution {
  return gamma(df / 2, 0.5);
}
