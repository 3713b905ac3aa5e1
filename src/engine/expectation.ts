import { CompensatedSum, compensatedSum } from './summation.js';

export interface Moments {
  mean: number;
  variance: number;
  std: number;
}

// Mean, population variance and standard deviation of a discrete random
// variable: mean = sum_i p_i x_i, variance = sum_i p_i (x_i - mean)^2.
// Domain: finite values, probabilities checked by the caller (non-negative,
// summing to 1 within its tolerance; they are used as given).
// Never E[X^2] - E[X]^2, which cancels catastrophically for 1e9 + small
// spreads and can go negative. Instead the corrected two-pass form
// sum p d^2 - (sum p d)^2 / sum p with d = x - mean: the second term removes
// the rounding error of the mean to first order, and the result is >= 0
// (a rounding-level negative, possible only when all mass sits on one value,
// is reported as 0). The values are first divided by a power of two near
// their largest magnitude (exact), so neither d^2 nor the sums overflow or
// underflow: std stays finite even where the variance itself overflows.
// Outcomes of probability 0 take no part at all, so a huge impossible value
// neither sets the scale nor turns 0 * Infinity into NaN.
export function expectation(values: Float64Array, probabilities: Float64Array): Moments {
  const scale = powerOfTwoNear(values, probabilities);
  const mass = compensatedSum(probabilities);

  const first = new CompensatedSum();
  for (let i = 0; i < values.length; i++) {
    if (probabilities[i]! > 0) first.add(probabilities[i]! * (values[i]! / scale));
  }
  const mean = first.value;

  const deviation = new CompensatedSum();
  const squares = new CompensatedSum();
  for (let i = 0; i < values.length; i++) {
    if (!(probabilities[i]! > 0)) continue;
    const d = values[i]! / scale - mean;
    deviation.add(probabilities[i]! * d);
    squares.add(probabilities[i]! * d * d);
  }
  const variance = Math.max(0, squares.value - deviation.value ** 2 / mass);

  return {
    mean: mean * scale,
    variance: variance * scale * scale,
    std: Math.sqrt(variance) * scale,
  };
}

// 2^k with k = floor(log2 max |x_i|) over the possible outcomes, or 1 when
// they are all 0. log2 of the largest doubles rounds up to 1024, so k is
// kept within float64's exponents.
function powerOfTwoNear(values: Float64Array, probabilities: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    if (probabilities[i]! > 0) largest = Math.max(largest, Math.abs(values[i]!));
  }
  if (largest === 0) return 1;
  return 2 ** Math.min(1023, Math.max(-1074, Math.floor(Math.log2(largest))));
}
