import gammaln from '@stdlib/math-base-special-gammaln';
import log1pmx from '@stdlib/math-base-special-log1pmx';
import { xlogy } from './distribution.js';

// log Gamma(a) - ((a - 1/2) log a - a + log(2 pi) / 2), by its asymptotic
// series; for a > 20 four terms leave an error below 1e-17.
export function stirlingCorrection(a: number): number {
  const inverse = 1 / a;
  const square = inverse * inverse;
  return inverse * (1 / 12 - square * (1 / 360 - square * (1 / 1260 - square / 1680)));
}

// k log(k / m) - (k - m) for k, m > 0, without the cancellation of its two
// large terms when k is near m: with k = m (1 + s) it is
// m ((1 + s) log1pmx(s) + s^2), log1pmx(s) = log(1 + s) - s.
export function deviance(k: number, m: number): number {
  const s = (k - m) / m;
  if (Math.abs(s) > 0.5) return k * Math.log(k / m) - (k - m);
  return m * ((1 + s) * log1pmx(s) + s * s);
}

// log(m^k e^-m / Gamma(k + 1)), k > -1 and m > 0: the log Poisson
// probability of k at mean m, and, with k - 1 for k, the gamma log density
// without its rate. Written directly it subtracts terms of size k log k and
// at k = 1e15 loses every digit; from k = 20 on it is computed as
// -deviance(k, m) - log(2 pi k) / 2 - stirling(k), which does not cancel.
export function logPoissonTerm(k: number, m: number): number {
  if (k < 20 || !Number.isFinite(m)) return xlogy(k, m) - m - gammaln(k + 1);
  return -deviance(k, m) - 0.5 * Math.log(2 * Math.PI * k) - stirlingCorrection(k);
}
