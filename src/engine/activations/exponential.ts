import expm1 from '@stdlib/math-base-special-expm1';
import type { ScalarActivation } from './elementwise.js';

// The exponential linear units all use expm1(x), not exp(x) - 1 (which
// PyTorch evaluates): the latter gives elu(-1e-300) = 0 instead of -1e-300.

// elu(x) = x for x > 0, alpha * (exp(x) - 1) otherwise;
// elu'(x) = 1 for x > 0, alpha * exp(x) otherwise (so alpha at 0, as PyTorch).
// Domain: any alpha.
export function elu(alpha: number): ScalarActivation {
  return {
    value: (x) => (x > 0 ? x : alpha * expm1(x)),
    derivative: (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
  };
}

// SELU's fixed constants (Klambauer et al. 2017): the doubles nearest to
// PyTorch's 1.6732632423543772848170429916717 and 1.0507009873554804934193349852946.
const seluAlpha = 1.6732632423543772;
const seluScale = 1.0507009873554805;
const seluScaleAlpha = seluScale * seluAlpha;

// selu(x) = scale * elu(x; alpha); selu'(0) = scale * alpha, as PyTorch.
export const selu: ScalarActivation = {
  value: (x) => (x > 0 ? seluScale * x : seluScaleAlpha * expm1(x)),
  derivative: (x) => (x > 0 ? seluScale : seluScaleAlpha * Math.exp(x)),
};

// celu(x) = max(0, x) + min(0, alpha * (exp(x / alpha) - 1)), which is
// x for x > 0 and alpha * expm1(x / alpha) otherwise, for either sign of
// alpha; celu'(x) = 1 for x > 0, exp(x / alpha) otherwise.
// Domain: alpha != 0.
export function celu(alpha: number): ScalarActivation {
  return {
    value: (x) => (x > 0 ? x : alpha * expm1(x / alpha)),
    derivative: (x) => (x > 0 ? 1 : Math.exp(x / alpha)),
  };
}
