import type { ScalarActivation } from './elementwise.js';

// tanh'(x) = 1 / cosh(x)^2, not 1 - tanh(x)^2, which cancels to 0 for |x|
// above 19. Squaring 1 / cosh rather than dividing by cosh^2 keeps the
// subnormal tail instead of overflowing cosh^2 first.
export const tanh: ScalarActivation = {
  value: Math.tanh,
  derivative: (x) => {
    const sech = 1 / Math.cosh(x);
    return sech * sech;
  },
};

// softsign(x) = x / (1 + |x|), ±1 at ±Infinity;
// softsign'(x) = 1 / (1 + |x|)^2, squared after the division for the same
// reason as tanh'.
export const softsign: ScalarActivation = {
  value: (x) => (Number.isFinite(x) ? x / (1 + Math.abs(x)) : Math.sign(x)),
  derivative: (x) => {
    const r = 1 / (1 + Math.abs(x));
    return r * r;
  },
};
