import gammainc from '@stdlib/math-base-special-gammainc';
import log1pmx from '@stdlib/math-base-special-log1pmx';
import { stirlingCorrection } from './stirling.js';
import { temmeLargeShape } from './temme.js';

// The regularised incomplete gamma functions P(a, x) (lower) and Q(a, x)
// (upper), a > 0, x >= 0.
//
// stdlib's gammainc sends every x > 1000 with a below x (or near it) to an
// expansion meant for x much larger than a, which is wrong when a is close to
// x: P(1001, 1001) came out 0.4916 instead of 0.5042 (off by 1/sqrt(2 pi a)),
// and tails 1e-3 relative off (Q(2000, 2600)). There, and for a > 20, this
// module computes them itself: Temme's uniform expansion for large a where
// the answer is near 1/2 (|x - a| / a < sqrt(20 / a), stdlib's own criterion,
// using stdlib's implementation of it), elsewhere the power series of P
// (x < a) or Legendre's continued fraction of Q (x > a), each scaled by
// x^a e^-x / Gamma(a + 1) computed as exp(a log1pmx((x - a) / a)) / sqrt(2 pi a)
// and Stirling's correction, which does not cancel.
export function regularizedGamma(a: number, x: number, upper: boolean): number {
  if (!(x > 1000 && a > 20)) return gammainc(x, a, true, upper);

  const sigma = (x - a) / a;
  if (sigma * sigma < 20 / a) {
    // Temme's expansion gives Q for x >= a and P for x < a.
    const value = temmeLargeShape(a, x);
    return (x >= a) === upper ? value : 1 - value;
  }
  if (x < a) {
    const lower = Math.exp(logLowerPrefix(a, sigma)) * lowerSeries(a, x);
    return upper ? 1 - lower : lower;
  }
  const upperValue = Math.exp(logLowerPrefix(a, sigma) + Math.log(a)) * upperFraction(a, x);
  return upper ? upperValue : 1 - upperValue;
}

// log(x^a e^-x / Gamma(a + 1)) with x = a (1 + sigma):
// a log1pmx(sigma) - log(2 pi a) / 2 - stirling(a).
function logLowerPrefix(a: number, sigma: number): number {
  return a * log1pmx(sigma) - 0.5 * Math.log(2 * Math.PI * a) - stirlingCorrection(a);
}

// Most terms or fraction steps taken; outside Temme's zone (|x - a| above
// sqrt(20 a)) both need about sqrt(a / 20) times a small factor, so this
// covers a up to about 1e13. Known shortcoming: beyond that the last value
// reached is returned, below 1e-6 and not to full precision.
const maxSteps = 5_000_000;
const epsilon = 1e-17;

// sum over n >= 0 of x^n / ((a + 1) ... (a + n)), for x < a.
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < maxSteps; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * epsilon) break;
  }
  return sum;
}

// Legendre's continued fraction of Q(a, x) Gamma(a) e^x x^-a,
// 1 / (x + 1 - a - 1 (1 - a) / (x + 3 - a - 2 (2 - a) / (x + 5 - a - ...))),
// evaluated by the modified Lentz method, for x > a.
function upperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < maxSteps; i++) {
    const numerator = -i * (i - a);
    b += 2;
    d = numerator * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + numerator / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < epsilon * 4) break;
  }
  return fraction;
}
