import log1p from '@stdlib/math-base-special-log1p';

// The pointwise losses of regression, as functions of the prediction x and
// the target y. Infinite arguments give Infinity where the loss is
// unbounded and NaN for Infinity - Infinity, which callers reject.

// mse_loss: (x - y)^2.
export function squaredError(x: number, y: number): number {
  const difference = x - y;
  return difference * difference;
}

// l1_loss: |x - y|.
export function absoluteError(x: number, y: number): number {
  return Math.abs(x - y);
}

// huber_loss: with z = |x - y|, 0.5 z^2 where z < delta, else
// delta (z - 0.5 delta). Domain: delta > 0.
export function huber(x: number, y: number, delta: number): number {
  const z = Math.abs(x - y);
  return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
}

// smooth_l1_loss: with z = |x - y|, 0.5 z^2 / beta where z < beta, else
// z - 0.5 beta; huber divided by beta. Domain: beta >= 0; beta = 0 is the
// plain L1 loss, as in PyTorch (no division by zero).
export function smoothL1(x: number, y: number, beta: number): number {
  const z = Math.abs(x - y);
  if (beta === 0) return z;
  return z < beta ? 0.5 * z * z / beta : z - 0.5 * beta;
}

// log cosh(d), d = x - y (no PyTorch builtin). cosh overflows for
// |d| > 710, so large differences use log cosh d = |d| + log1p(exp(-2|d|))
// - log 2; that form cancels badly near 0, where log cosh d ~ d^2 / 2, so
// small ones use log cosh d = log1p(2 sinh^2(d / 2)) (cosh d - 1 written
// without subtracting). Both are accurate to a few ulps on their side of 1.
export function logCosh(x: number, y: number): number {
  const d = Math.abs(x - y);
  if (d <= 1) {
    const half = Math.sinh(d / 2);
    return log1p(2 * half * half);
  }
  return d + log1p(Math.exp(-2 * d)) - Math.LN2;
}
