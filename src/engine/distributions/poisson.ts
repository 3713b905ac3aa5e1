import gammaln from '@stdlib/math-base-special-gammaln';
import { moments, xlogy, type Distribution } from './distribution.js';
import { discreteQuantile, entropyBySum } from './discrete.js';
import { regularizedGamma } from './incomplete-gamma.js';
import { standardNormalQuantile } from './normal.js';
import { deviance, stirlingCorrection } from './stirling.js';

// From this rate on the entropy uses its asymptotic series.
const ASYMPTOTIC_RATE = 1e4;

// Poisson(lambda), lambda > 0, support 0, 1, 2, ...
// log pmf(k) = k log lambda - lambda - lgamma(k + 1); from k = 20 on, as
// -(k log(k / lambda) - (k - lambda)) - log(2 pi k) / 2 - stirling(k), whose
// first term is computed without cancellation (stirling.ts): the direct
// form subtracts terms of size k log k and at lambda = 1e15 lost every digit.
// Known shortcoming: the binomial's log pmf still uses the direct form and
// loses about log10(n) digits for very large n.
// cdf(k) = Q(k + 1, lambda) and sf(k) = P(k + 1, lambda), the upper and
// lower regularised incomplete gamma functions, each computed directly.
// The quantile searches from the normal estimate. Entropy: the sum over k
// within 20 sd of lambda (plus 30 terms) up to lambda = 1e4, then
// 1/2 log(2 pi e lambda) - 1/(12 lambda) - 1/(24 lambda^2)
// - 19/(360 lambda^3), whose next term is below 1e-16 there.
export function poisson(lambda: number): Distribution {
  const logPmf = (k: number): number => (k < 20 ? xlogy(k, lambda) - lambda - gammaln(k + 1)
    : -deviance(k, lambda) - 0.5 * Math.log(2 * Math.PI * k) - stirlingCorrection(k));
  const sd = Math.sqrt(lambda);

  const entropy = (): number => {
    if (lambda >= ASYMPTOTIC_RATE) {
      return 0.5 * Math.log(2 * Math.PI * Math.E * lambda) - 1 / (12 * lambda)
        - 1 / (24 * lambda ** 2) - 19 / (360 * lambda ** 3);
    }
    const from = Math.max(0, Math.floor(lambda - 20 * sd - 30));
    return entropyBySum(logPmf, from, Math.ceil(lambda + 20 * sd + 30));
  };

  const distribution: Distribution = {
    discrete: true,
    support: { lower: 0, upper: Infinity },
    density: (k) => Math.exp(logPmf(k)),
    logDensity: logPmf,
    cdf: (k) => regularizedGamma(k + 1, lambda, true),
    sf: (k) => regularizedGamma(k + 1, lambda, false),
    quantile: (q) => discreteQuantile(distribution, q, lambda + sd * standardNormalQuantile(q)),
    moments: () => moments(lambda, lambda, entropy()),
  };
  return distribution;
}
