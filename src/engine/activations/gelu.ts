import erfc from '@stdlib/math-base-special-erfc';
import { times, type ScalarActivation } from './elementwise.js';
import { logistic } from './logistic.js';

const invSqrtTwoPi = 1 / Math.sqrt(2 * Math.PI);

// Phi(x) = erfc(-x / sqrt(2)) / 2, the standard normal CDF. Through erfc,
// not (1 + erf(x / sqrt(2))) / 2, so the left tail keeps its relative
// precision (Phi(-30) is 4.9e-198, not 0).
function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

// phi(x) = exp(-x^2 / 2) / sqrt(2 pi); x^2 overflows beyond 1.3e154, where
// phi is 0 anyway.
function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) * invSqrtTwoPi;
}

// gelu(x) = x * Phi(x), the exact form; gelu'(x) = Phi(x) + x * phi(x).
export const gelu: ScalarActivation = {
  value: (x) => times(x, normalCdf(x)),
  derivative: (x) => normalCdf(x) + times(x, normalPdf(x)),
};

const k = Math.sqrt(2 / Math.PI);
const c = 0.044715;

// The tanh form: 0.5 * x * (1 + tanh(u)), u = sqrt(2/pi) * (x + 0.044715 x^3),
// evaluated as x * sigmoid(2u), the same function without the cancellation
// of 1 + tanh(u) for negative x. Its derivative is
// sigmoid(2u) + x * 2u' * sigmoid(2u) * sigmoid(-2u), u' = sqrt(2/pi) * (1 + 3c x^2);
// where sigmoid(-2u) is 0 the last term is 0 even if x * u' overflows
// (PyTorch answers NaN at ±1e308; the limits are 1 and 0).
export const geluTanh: ScalarActivation = {
  value: (x) => times(x, logistic(2 * inner(x))),
  derivative: (x) => {
    const twoU = 2 * inner(x);
    const s = logistic(twoU);
    const slope = 2 * k * (1 + 3 * c * x * x);
    return s + times(times(x, slope), s * logistic(-twoU));
  },
};

function inner(x: number): number {
  return k * (x + c * x * x * x);
}
