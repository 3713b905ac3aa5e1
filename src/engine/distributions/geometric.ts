import { moments, xlog1py, xlogy, type Distribution } from './distribution.js';
import { discreteQuantile } from './discrete.js';

// Geometric(p), p in (0, 1]: the number of trials up to and including the
// first success, support 1, 2, ...
// log pmf(k) = (k - 1) log1p(-p) + log p; sf(k) = (1 - p)^k computed as
// exp(k log1p(-p)) and cdf(k) = -expm1(k log1p(-p)), so neither tail is a
// difference. The quantile searches from the closed form
// log1p(-q) / log1p(-p). Mean 1 / p, variance (1 - p) / p^2, entropy
// (-(1 - p) log1p(-p) - p log p) / p.
export function geometric(p: number): Distribution {
  const logQ = Math.log1p(-p);
  const distribution: Distribution = {
    discrete: true,
    support: { lower: 1, upper: Infinity },
    density: (k) => p * Math.exp(xlog1py(k - 1, -p)),
    logDensity: (k) => xlog1py(k - 1, -p) + Math.log(p),
    cdf: (k) => -Math.expm1(k * logQ),
    sf: (k) => Math.exp(k * logQ),
    quantile: (q) => discreteQuantile(distribution, q, Math.log1p(-q) / logQ),
    moments: () => moments(1 / p, (1 - p) / (p * p),
      -(xlog1py(1 - p, -p) + xlogy(p, p)) / p),
  };
  return distribution;
}
