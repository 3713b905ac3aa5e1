import { times, type ScalarActivation } from './elementwise.js';

// The piecewise-linear activations. At a corner the derivative follows
// PyTorch's autograd: the branch its backward pass selects there.

// relu(x) = max(0, x); relu'(x) = 1 for x > 0, else 0 (relu'(0) = 0).
export const relu: ScalarActivation = {
  value: (x) => (x > 0 ? x : 0),
  derivative: (x) => (x > 0 ? 1 : 0),
};

// leakyRelu(x) = x for x > 0, slope * x otherwise; the derivative at 0 is
// the slope. Also PReLU with one shared weight. Domain: any slope.
export function leakyRelu(slope: number): ScalarActivation {
  return {
    value: (x) => (x > 0 ? x : times(slope, x)),
    derivative: (x) => (x > 0 ? 1 : slope),
  };
}

export const identity: ScalarActivation = {
  value: (x) => x,
  derivative: () => 1,
};

// hardtanh(x) = min(max(x, min), max); its derivative is 1 strictly inside
// (min, max) and 0 at and beyond both bounds. Domain: min < max.
export function hardtanh(min: number, max: number): ScalarActivation {
  return {
    value: (x) => (x < min ? min : x > max ? max : x),
    derivative: (x) => (x > min && x < max ? 1 : 0),
  };
}

// relu6(x) = hardtanh(x; 0, 6), derivative 0 at 0 and at 6.
export const relu6: ScalarActivation = hardtanh(0, 6);

// hardsigmoid(x) = min(max((x + 3) / 6, 0), 1); the derivative is exactly
// 1/6 strictly inside (-3, 3) (PyTorch's is a float32 0.1666666716337204)
// and 0 at and beyond ±3.
export const hardsigmoid: ScalarActivation = {
  value: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6),
  derivative: (x) => (x > -3 && x < 3 ? 1 / 6 : 0),
};

// hardswish(x) = x * hardsigmoid(x), written by branch so that x >= 3 gives
// x itself (PyTorch's x * 6 / 6 overflows at 1e308). The derivative uses the
// middle branch x / 3 + 1/2 on the closed interval [-3, 3], as PyTorch.
export const hardswish: ScalarActivation = {
  value: (x) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
  derivative: (x) => (x < -3 ? 0 : x > 3 ? 1 : x / 3 + 0.5),
};
