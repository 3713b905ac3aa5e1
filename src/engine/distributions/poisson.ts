import { moments, type Distribution } from './distribution.js';
import { discreteQuantile, entropyBySum } from './discrete.js';
import { regularizedGamma } from './incomplete-gamma.js';
import { standardNormalQuantile } from './normal.js';
import { logPoissonTerm } from './stirling.js';

// From this rate on the entropy uses its asymptotic series.
const ASYMPTOTIC_RATE = 1e4;

// Poisson(lambda), lambda > 0, support 0, 1, 2, ...
// log pmf(k) = k log lambda - lambda - lgamma(k + 1), without cancellation
// for large k (logPoissonTerm, stirling.ts). Known shortcoming: the
// binomial's log pmf still uses the direct form and loses about log10(n)
// digits for very large n.
// cdf(k) = Q(k + 1, lambda) and sf(k) = P(k + 1, lambda), the upper and
// lower regularised incomplete gamma functions, each computed directly.
// The quantile searches from the normal estimate. Entropy: the sum over k
// within 20 sd of lambda (plus 30 terms) up to lambda = 1e4, then
// 1/2 log(2 pi e lambda) - 1/(12 lambda) - 1/(24 lambda^2)
// - 19/(360 lambda^3), whose next term is below 1e-16 there.
export function poisson(lambda: number): Distribution {
  const logPmf = (k: number): number => logPoissonTerm(k, lambda);
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
