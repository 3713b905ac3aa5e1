import betainc from '@stdlib/math-base-special-betainc';
import betaincinv from '@stdlib/math-base-special-betaincinv';
import betaln from '@stdlib/math-base-special-betaln';
import digamma from '@stdlib/math-base-special-digamma';
import { moments, xlog1py, xlogy, type Distribution } from './distribution.js';
import { refineQuantile } from './refine.js';

// The log density of Beta(a, b) at an end of [0, 1], where one power has
// exponent a - 1 (or b - 1) and the other is 1: Infinity below 1, the
// constant -log B(1, b) = log b at 1, and -Infinity above 1.
function logDensityAtEnd(exponent: number, other: number): number {
  if (exponent < 1) return Infinity;
  return exponent === 1 ? Math.log(other) : -Infinity;
}

// The pointwise parts of Beta(alpha, beta), both > 0, support [0, 1]:
// log pdf = (alpha - 1) log x + (beta - 1) log1p(-x) - log B(alpha, beta),
// with the ends handled apart (Infinity, finite or 0 depending on whether
// the exponent is below, at or above 1). cdf = I_x(alpha, beta) and
// sf = 1 - I_x computed directly as the upper regularised incomplete beta.
function betaParts(alpha: number, b: number) {
  const logB = betaln(alpha, b);
  return {
    logB,
    support: { lower: 0, upper: 1 },
    logDensity: (x: number): number => {
      if (x === 0) return logDensityAtEnd(alpha, b);
      if (x === 1) return logDensityAtEnd(b, alpha);
      return xlogy(alpha - 1, x) + xlog1py(b - 1, -x) - logB;
    },
    cdf: (x: number): number => betainc(x, alpha, b, true, false),
    sf: (x: number): number => betainc(x, alpha, b, true, true),
  };
}

type BetaParts = ReturnType<typeof betaParts>;

// The quantile of Beta(alpha, beta) at p <= 1/2: betaincinv's estimate
// polished by Newton steps on log x (I is about a power of x there). Where
// that estimate is so far off that I is 0 at it, the leading term of
// I_x = x^alpha / (alpha B) (1 + O(x)) gives the start instead.
function lowerQuantile(parts: BetaParts, p: number, alpha: number, b: number): number {
  let estimate = betaincinv(p, alpha, b);
  if (!(parts.cdf(estimate) > 0)) {
    estimate = Math.min(0.5, Math.exp((Math.log(p) + Math.log(alpha) + parts.logB) / alpha));
  }
  return refineQuantile(parts, p, estimate, 'log');
}

// Beta(alpha, beta), both > 0, with the parts above. The quantile below
// p = 1/2 is lowerQuantile; above 1/2 it is 1 - the quantile of
// Beta(beta, alpha) at the exact 1 - p, found the same way, so the upper
// tail is as precise as the lower. Entropy
// log B - (alpha - 1) digamma(alpha) - (beta - 1) digamma(beta)
// + (alpha + beta - 2) digamma(alpha + beta).
export function beta(alpha: number, b: number): Distribution {
  const parts = betaParts(alpha, b);
  const mirror = betaParts(b, alpha);
  const sum = alpha + b;
  return {
    discrete: false,
    support: parts.support,
    density: (x) => Math.exp(parts.logDensity(x)),
    logDensity: parts.logDensity,
    cdf: parts.cdf,
    sf: parts.sf,
    quantile: (p) => (p <= 0.5
      ? lowerQuantile(parts, p, alpha, b)
      : 1 - lowerQuantile(mirror, 1 - p, b, alpha)),
    moments: () => moments(alpha / sum, alpha * b / (sum * sum * (sum + 1)),
      parts.logB - (alpha - 1) * digamma(alpha) - (b - 1) * digamma(b)
        + (sum - 2) * digamma(sum)),
  };
}
