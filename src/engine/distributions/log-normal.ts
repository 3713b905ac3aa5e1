import { moments, type Distribution } from './distribution.js';
import { standardNormalCdf, standardNormalQuantile } from './normal.js';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// LogNormal(mu, sigma), sigma > 0: log X ~ Normal(mu, sigma), support
// (0, Infinity). With z = (log x - mu) / sigma:
// log pdf = -z^2 / 2 - log x - log sigma - log sqrt(2 pi), cdf = Phi(z),
// sf = Phi(-z) (erfc, no cancellation). Mean exp(mu + sigma^2 / 2),
// variance expm1(sigma^2) exp(2 mu + sigma^2) (expm1 keeps small sigma
// exact), entropy mu + 1/2 + log(sigma sqrt(2 pi)).
export function logNormal(mu: number, sigma: number): Distribution {
  const z = (x: number): number => (Math.log(x) - mu) / sigma;
  const logDensity = (x: number): number =>
    x === 0 ? -Infinity : -0.5 * z(x) ** 2 - Math.log(x) - Math.log(sigma) - LOG_SQRT_2PI;
  const s2 = sigma * sigma;
  return {
    discrete: false,
    support: { lower: 0, upper: Infinity },
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    cdf: (x) => standardNormalCdf(z(x)),
    sf: (x) => standardNormalCdf(-z(x)),
    quantile: (p) => Math.exp(mu + sigma * standardNormalQuantile(p)),
    moments: () => moments(Math.exp(mu + s2 / 2), Math.expm1(s2) * Math.exp(2 * mu + s2),
      mu + 0.5 + LOG_SQRT_2PI + Math.log(sigma)),
  };
}
