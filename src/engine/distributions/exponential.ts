import { moments, type Distribution } from './distribution.js';

// Exponential(rate), rate > 0, support [0, Infinity):
// log pdf = log rate - rate x; cdf = -expm1(-rate x) (exact for tiny x,
// where 1 - exp(-rate x) rounds to 0); sf = exp(-rate x) directly;
// quantile = -log1p(-p) / rate. Mean 1 / rate, variance 1 / rate^2,
// entropy 1 - log rate.
export function exponential(rate: number): Distribution {
  const logDensity = (x: number): number => Math.log(rate) - rate * x;
  return {
    discrete: false,
    support: { lower: 0, upper: Infinity },
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    cdf: (x) => -Math.expm1(-rate * x),
    sf: (x) => Math.exp(-rate * x),
    quantile: (p) => -Math.log1p(-p) / rate,
    moments: () => moments(1 / rate, 1 / (rate * rate), 1 - Math.log(rate)),
  };
}
