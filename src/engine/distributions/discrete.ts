import type { Support } from './distribution.js';

// What the quantile search needs of a discrete distribution.
export interface DiscreteCdf {
  support: Support;
  cdf(k: number): number;
  sf(k: number): number;
}

// The discrete quantile for p in (0, 1): the smallest integer k of the
// support with cdf(k) >= p. Above p = 1/2 the test is sf(k) <= 1 - p
// instead (1 - p is exact there), so p = 1 - 1e-16 is not rounded to 1.
// Starting from a floating estimate, the search gallops outwards in
// doubling steps until it brackets the answer, then bisects: a handful of
// cdf evaluations whether the estimate is off by one or by a million.
export function discreteQuantile(distribution: DiscreteCdf, p: number, estimate: number): number {
  const { lower, upper } = distribution.support;
  const reached = p <= 0.5
    ? (k: number) => k >= lower && distribution.cdf(k) >= p
    : (k: number) => k >= lower && distribution.sf(k) <= 1 - p;
  const start = Number.isFinite(estimate)
    ? Math.min(Math.max(Math.round(estimate), lower), upper) : lower;

  // Invariant: reached(high) and !reached(low); lower - 1 is never reached.
  let low: number;
  let high: number;
  let step = 1;
  if (reached(start)) {
    high = start;
    low = Math.max(start - step, lower - 1);
    while (reached(low)) {
      high = low;
      step *= 2;
      low = Math.max(high - step, lower - 1);
    }
  } else {
    low = start;
    high = Math.min(start + step, upper);
    while (!reached(high) && Number.isFinite(high)) {
      low = high;
      step *= 2;
      high = Math.min(low + step, upper);
    }
  }

  // Beyond 2^53 not every integer is a double: stop when the middle rounds
  // onto an end, which leaves the nearest representable answer.
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (middle === low || middle === high) break;
    if (reached(middle)) high = middle;
    else low = middle;
  }
  return high;
}

// Shannon entropy -sum pmf(k) log pmf(k) over the integers from..to, in
// nats, with 0 log 0 = 0. Callers choose a range outside which the mass is
// below 1e-80, so the truncation is far below rounding.
export function entropyBySum(logPmf: (k: number) => number, from: number, to: number): number {
  let entropy = 0;
  for (let k = from; k <= to; k++) {
    const logP = logPmf(k);
    if (logP > -Infinity) entropy -= Math.exp(logP) * logP;
  }
  return entropy;
}
