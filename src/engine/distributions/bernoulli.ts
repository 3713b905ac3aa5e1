import { moments, xlog1py, xlogy, type Distribution } from './distribution.js';
import { discreteQuantile } from './discrete.js';

// Bernoulli(p), p in [0, 1], support {0, 1}: pmf(1) = p, pmf(0) = 1 - p,
// log pmf(0) = log1p(-p). cdf(0) = 1 - p and sf(0) = p, each stated
// directly. Entropy -p log p - (1 - p) log1p(-p) with 0 log 0 = 0.
export function bernoulli(p: number): Distribution {
  const distribution: Distribution = {
    discrete: true,
    support: { lower: 0, upper: 1 },
    density: (k) => (k === 1 ? p : 1 - p),
    logDensity: (k) => (k === 1 ? Math.log(p) : Math.log1p(-p)),
    cdf: (k) => (k === 1 ? 1 : 1 - p),
    sf: (k) => (k === 1 ? 0 : p),
    quantile: (q) => discreteQuantile(distribution, q, 0),
    moments: () => moments(p, p * (1 - p), -(xlogy(p, p) + xlog1py(1 - p, -p))),
  };
  return distribution;
}
