import type { Distribution } from './distribution.js';

type Tails = Pick<Distribution, 'support' | 'cdf' | 'sf' | 'logDensity'>;

// Newton steps on x itself, or on log|x| (keeping the sign of x): the
// latter where the tail is a power of x (near 0 for gamma and beta, both
// tails of Student's t), so that an estimate off by orders of magnitude
// converges in a few steps instead of creeping towards the answer.
export type Scale = 'linear' | 'log';

const MAX_STEPS = 50;

// Polishes an estimate x0 of the continuous quantile at p in (0, 1) by
// Newton's method on the log of the tail nearer p: log cdf(x) = log p below
// p = 1/2, log sf(x) = log(1 - p) above (1 - p is exact there). In log
// space the iteration is well behaved far in the tails, where the inverse
// incomplete gamma and beta functions we start from can be off by a
// relative 1e-2 or more. With r = log tail(x) - log target and
// g = d log tail / dx = +-pdf / tail (formed in log space so it does not
// overflow), the step is x -= r / g on the linear scale and
// x *= exp(-r / (g x)) on the log scale. A linear step that leaves the
// support goes half way to its end instead. Stops when a step changes x by
// less than 2 ulps, or after 50 steps.
export function refineQuantile(distribution: Tails, p: number, x0: number,
  scale: Scale): number {
  const upper = p > 0.5;
  const target = Math.log(upper ? 1 - p : p);
  const { lower, upper: top } = distribution.support;
  let x = x0;

  for (let step = 0; step < MAX_STEPS; step++) {
    const tail = upper ? distribution.sf(x) : distribution.cdf(x);
    const logDensity = distribution.logDensity(x);
    if (!(tail > 0) || !Number.isFinite(logDensity) || x === 0) break;
    const logTail = Math.log(tail);
    const slope = (upper ? -1 : 1) * Math.exp(logDensity - logTail);
    const residual = logTail - target;
    let next: number;
    if (scale === 'log') {
      next = x * Math.exp(Math.max(-50, Math.min(50, -residual / (slope * x))));
    } else {
      next = x - residual / slope;
      if (next <= lower) next = (x + lower) / 2;
      if (next >= top) next = (x + top) / 2;
    }
    if (!Number.isFinite(next) || next === 0) break;
    const settled = Math.abs(next - x) <= 2 * Number.EPSILON * Math.abs(next);
    x = next;
    if (settled) break;
  }
  return x;
}
