import log1p from '@stdlib/math-base-special-log1p';
import { times, type ScalarActivation } from './elementwise.js';

// sigmoid(x) = 1 / (1 + exp(-x)). For x < 0 it is written exp(x) / (1 + exp(x)),
// so exp never overflows and the left tail keeps its relative precision down
// to the subnormals (sigmoid(-710) is 4.5e-309, not 0).
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

// sigmoid'(x) = sigmoid(x) * sigmoid(-x): two accurate factors, where
// s * (1 - s) would cancel to 0 in the right tail.
export const sigmoid: ScalarActivation = {
  value: logistic,
  derivative: (x) => logistic(x) * logistic(-x),
};

// logsigmoid(x) = log(sigmoid(x)) = min(x, 0) - log1p(exp(-|x|)): exp never
// overflows and log1p keeps the tiny right tail (logsigmoid(30) = -9.4e-14).
// logsigmoid'(x) = sigmoid(-x).
export const logsigmoid: ScalarActivation = {
  value: (x) => Math.min(x, 0) - log1p(Math.exp(-Math.abs(x))),
  derivative: (x) => logistic(-x),
};

// silu(x) = x * sigmoid(x); silu'(x) = sigmoid(x) * (1 + x * sigmoid(-x)).
// At -Infinity both are 0 (the limits), not 0 * Infinity.
export const silu: ScalarActivation = {
  value: (x) => times(x, logistic(x)),
  derivative: (x) => times(logistic(x), 1 + times(x, logistic(-x))),
};

// log(1 + exp(z)) for any z: z + log1p(exp(-z)) when z > 0, so exp never
// overflows, and log1p(exp(z)) otherwise, which keeps the left tail.
function logOnePlusExp(z: number): number {
  return z > 0 ? z + log1p(Math.exp(-z)) : log1p(Math.exp(z));
}

// softplus(x) = log(1 + exp(beta * x)) / beta, and x itself where
// beta * x > threshold (strictly, as PyTorch: the log form is still used at
// equality). softplus'(x) = sigmoid(beta * x), or 1 on the linear branch.
// Domain: beta > 0, any threshold.
export function softplus(beta: number, threshold: number): ScalarActivation {
  return {
    value: (x) => (beta * x > threshold ? x : logOnePlusExp(beta * x) / beta),
    derivative: (x) => (beta * x > threshold ? 1 : logistic(beta * x)),
  };
}

// Beyond this x, tanh(softplus(x)) rounds to 1 and the slope term of mish'
// is below 1e-30, so mish(x) = x and mish'(x) = 1 in float64.
const mishLinearFrom = 40;

// mish(x) = x * tanh(softplus(x)). With e = exp(x) and n = e * (e + 2),
// tanh(log(1 + e)) = n / (n + 2) and 1 - tanh = 2 / (n + 2) exactly, so
// neither tail cancels and nothing overflows below x = 40.
// mish'(x) = t + x * sigmoid(x) * (1 - t^2), t = tanh(softplus(x)), with
// 1 - t^2 = (1 - t) * (1 + t).
export const mish: ScalarActivation = {
  value: (x) => (x > mishLinearFrom ? x : times(x, mishParts(x).t)),
  derivative: (x) => {
    if (x > mishLinearFrom) return 1;
    const { t, oneMinusT } = mishParts(x);
    return t + times(x, logistic(x) * oneMinusT * (1 + t));
  },
};

function mishParts(x: number): { t: number; oneMinusT: number } {
  const e = Math.exp(x);
  const n = e * (e + 2);
  return { t: n / (n + 2), oneMinusT: 2 / (n + 2) };
}
