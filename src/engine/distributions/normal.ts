import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import { moments, type Distribution } from './distribution.js';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// Standard normal cdf Phi(z) = erfc(-z / sqrt 2) / 2. erfc keeps relative
// precision deep in the lower tail (Phi(-38) = 2.9e-316), which
// (1 + erf(z)) / 2 loses below z = -6; the upper tail is Phi(-z).
export function standardNormalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

// Standard normal quantile for p in (0, 1): -sqrt 2 * erfcinv(2p) below 1/2
// and sqrt 2 * erfcinv(2(1 - p)) above, where 1 - p is exact. Each branch
// inverts the tail it is nearer, so p = 1e-300 and p = 1 - 1e-16 keep
// their digits.
export function standardNormalQuantile(p: number): number {
  if (p === 0.5) return 0;
  return p < 0.5 ? -Math.SQRT2 * erfcinv(2 * p) : Math.SQRT2 * erfcinv(2 * (1 - p));
}

// Normal(mean, std), std > 0. With z = (x - mean) / std:
// log pdf = -z^2 / 2 - log std - log sqrt(2 pi), computed in log space so it
// stays finite where the pdf underflows; cdf = Phi(z), sf = Phi(-z), both
// through erfc. Entropy = 1/2 + log(std sqrt(2 pi)).
export function normal(mean: number, std: number): Distribution {
  const z = (x: number): number => (x - mean) / std;
  const logDensity = (x: number): number => -0.5 * z(x) ** 2 - Math.log(std) - LOG_SQRT_2PI;
  return {
    discrete: false,
    support: { lower: -Infinity, upper: Infinity },
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    cdf: (x) => standardNormalCdf(z(x)),
    sf: (x) => standardNormalCdf(-z(x)),
    quantile: (p) => mean + std * standardNormalQuantile(p),
    moments: () => moments(mean, std * std, 0.5 + LOG_SQRT_2PI + Math.log(std)),
  };
}
