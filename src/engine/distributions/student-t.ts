import betainc from '@stdlib/math-base-special-betainc';
import betaincinv from '@stdlib/math-base-special-betaincinv';
import betaln from '@stdlib/math-base-special-betaln';
import digamma from '@stdlib/math-base-special-digamma';
import { moments, type Distribution } from './distribution.js';
import { refineQuantile } from './refine.js';

// Beyond |t| / sqrt(df) = 1e150, t^2 would overflow; there the tail is its
// leading asymptotic term, whose relative error is O(df / t^2) < 1e-300.
const ASYMPTOTIC_RATIO = 1e150;

// StudentT(df), df > 0. With r = |x| / sqrt(df) and
// log c = -log(sqrt(df) B(df/2, 1/2)) (betaln, no lgamma difference):
// log pdf = log c - (df + 1)/2 log1p(r^2), with log1p(r^2) = 2 log r where
// r^2 would overflow. The one-sided tail P(T > |x|) is I_z(df/2, 1/2) / 2
// with z = 1 / (1 + r^2); where z is near 1 (|x| small) the same
// probability is the upper incomplete beta I at w = r^2 / (1 + r^2) with the
// parameters swapped, so no argument is ever 1 - a rounded number. Beyond
// r = 1e150, tail = c sqrt(df) r^(-df) / df. cdf and sf are that tail on
// their own side and 1 - tail (at most 1/2, so no cancellation) on the
// other. The quantile inverts the same functions, choosing the form whose
// argument is not near 1, then Newton steps (refine.ts; on log|t| beyond
// |t| = 1, where the tails are powers of t) polish it. Mean 0 for df > 1,
// undefined (NaN) otherwise; variance df / (df - 2) for df > 2, Infinity
// for 1 < df <= 2, undefined for df <= 1. Entropy (df+1)/2 (digamma((df+1)/2) - digamma(df/2))
// + log(sqrt(df) B(df/2, 1/2)).
export function studentT(df: number): Distribution {
  const logNorm = -0.5 * Math.log(df) - betaln(df / 2, 0.5);
  const sqrtDf = Math.sqrt(df);

  const logDensity = (x: number): number => {
    const r = Math.abs(x) / sqrtDf;
    const log1pR2 = r < ASYMPTOTIC_RATIO ? Math.log1p(r * r) : 2 * Math.log(r);
    return logNorm - (df + 1) / 2 * log1pR2;
  };

  // P(T > |x|), never above 1/2.
  const tail = (x: number): number => {
    const r = Math.abs(x) / sqrtDf;
    if (r >= ASYMPTOTIC_RATIO) return Math.exp(logNorm - Math.log(df) / 2 - df * Math.log(r));
    const r2 = r * r;
    if (r2 >= 1) return betainc(1 / (1 + r2), df / 2, 0.5, true, false) / 2;
    return betainc(r2 / (1 + r2), 0.5, df / 2, true, true) / 2;
  };

  // The t >= 0 whose one-sided tail is q, for q in (0, 1/2].
  const inverseTail = (q: number): number => {
    const logR = (logNorm - Math.log(df) / 2 - Math.log(q)) / df;
    if (logR >= Math.log(ASYMPTOTIC_RATIO)) return sqrtDf * Math.exp(logR);
    const z = betaincinv(2 * q, df / 2, 0.5);
    if (z <= 0.5) return sqrtDf * Math.sqrt((1 - z) / z);
    const w = betaincinv(2 * q, 0.5, df / 2, true);
    return sqrtDf * Math.sqrt(w / (1 - w));
  };

  const variance = df > 2 ? df / (df - 2) : df > 1 ? Infinity : NaN;
  const half = (df + 1) / 2;
  const distribution: Distribution = {
    discrete: false,
    support: { lower: -Infinity, upper: Infinity },
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    cdf: (x) => (x < 0 ? tail(x) : 1 - tail(x)),
    sf: (x) => (x > 0 ? tail(x) : 1 - tail(x)),
    quantile: (p) => {
      if (p === 0.5) return 0;
      const estimate = p < 0.5 ? -inverseTail(p) : inverseTail(1 - p);
      return refineQuantile(distribution, p, estimate, Math.abs(estimate) >= 1 ? 'log' : 'linear');
    },
    moments: () => moments(df > 1 ? 0 : NaN, variance,
      half * (digamma(half) - digamma(df / 2)) - logNorm),
  };
  return distribution;
}
