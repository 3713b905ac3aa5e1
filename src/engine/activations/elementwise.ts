import type { Tensor } from '../tensor.js';

// One activation on one float64: its value and its derivative. Both accept
// every float64, ±Infinity included (where they answer the limit); NaN never
// reaches them, activate() deals with it.
export interface ScalarActivation {
  value(x: number): number;
  derivative(x: number): number;
}

export interface Activated {
  y: Tensor;
  gradient?: Tensor;
}

// y = f(x) elementwise and, when asked, dy/dx elementwise; both keep the
// shape of x. A NaN element gives NaN in y and in the gradient at the same
// place, as PyTorch propagates it.
export function activate(f: ScalarActivation, x: Tensor, withGradient: boolean): Activated {
  const y = map(x.data, (v) => f.value(v));
  if (!withGradient) return { y: x.withData(y) };
  return { y: x.withData(y), gradient: x.withData(map(x.data, (v) => f.derivative(v))) };
}

function map(data: Float64Array, fn: (v: number) => number): Float64Array {
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    out[i] = v === v ? fn(v) : NaN;
  }
  return out;
}

// a * b with 0 * ±Infinity taken as 0. Every product that meets this case
// here is a vanishing factor (a tail probability, exp of -Infinity) times
// a growing one, whose limit is 0, not the NaN of IEEE arithmetic.
export function times(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}
