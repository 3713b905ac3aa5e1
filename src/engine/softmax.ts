import type { Tensor } from './tensor.js';
import { asMatrix } from './tensor.js';

// Which way the normalisation runs through a matrix: along each row (the
// last axis, PyTorch's dim=-1 or 1) or down each column (dim=0).
export type SoftmaxAxis = 'rows' | 'columns';

export interface SoftmaxOptions {
  axis: SoftmaxAxis;
  temperature: number;
}

// softmax(x / T)_i = exp((x_i - m) / T) / sum_j exp((x_j - m) / T), m = max_j x_j.
// Subtracting the maximum first keeps every exponent <= 0, so nothing
// overflows even for logits near 1e308, and the sum is at least 1.
// Domain: finite x or -Infinity (a masked entry, probability 0), T > 0, and at
// least one finite entry per slice; an all -Infinity slice gives NaN, which the
// caller is expected to reject before calling.
//
// output receives the answer: a fresh array unless the caller passes one of
// the input's length. The input's own data may be passed, to normalise in
// place: every element is read before it is written.
export function softmax(input: Tensor, options: SoftmaxOptions, output?: Float64Array): Tensor {
  return normalise(input, options, false, output);
}

// log softmax(x / T)_i = (x_i - m) / T - log(sum_j exp((x_j - m) / T)): the
// log-sum-exp form, exact for masked entries (-Infinity) and never log(0) of
// an underflowed probability. Same domain and output rule as softmax.
export function logSoftmax(input: Tensor, options: SoftmaxOptions, output?: Float64Array): Tensor {
  return normalise(input, options, true, output);
}

function normalise(
  input: Tensor, options: SoftmaxOptions, log: boolean, output?: Float64Array,
): Tensor {
  const { rows, cols } = asMatrix(input);
  const out = output ?? new Float64Array(input.data.length);
  if (out.length !== input.data.length) throw new RangeError('output has the wrong length');
  const byRows = options.axis === 'rows' || input.rank < 2;
  const slices = byRows ? rows : cols;
  const length = byRows ? cols : rows;
  const stride = byRows ? 1 : cols;

  for (let slice = 0; slice < slices; slice++) {
    const start = byRows ? slice * cols : slice;
    normaliseSlice(input.data, out, start, length, stride, options.temperature, log);
  }
  return input.withData(out);
}

function normaliseSlice(
  x: Float64Array, out: Float64Array, start: number, length: number, stride: number,
  temperature: number, log: boolean,
): void {
  const end = start + length * stride;
  const max = maximum(x, start, end, stride);

  // out keeps the exponentials for softmax, the shifted logits for
  // log-softmax, so each element costs one Math.exp.
  const sum = sumExponentials(x, out, start, end, stride, max, temperature, log);

  if (log) {
    addToEach(out, start, end, stride, -Math.log(sum));
  } else {
    // Multiplying by 1/sum is within an ulp of dividing and several times
    // cheaper per element.
    scaleEach(out, start, end, stride, 1 / sum);
  }
}

function maximum(x: Float64Array, start: number, end: number, stride: number): number {
  let max = -Infinity;
  for (let i = start; i < end; i += stride) {
    const value = x[i]!;
    if (value > max) max = value;
  }
  return max;
}

function addToEach(
  out: Float64Array, start: number, end: number, stride: number, term: number,
): void {
  for (let i = start; i < end; i += stride) out[i] = out[i]! + term;
}

function scaleEach(
  out: Float64Array, start: number, end: number, stride: number, factor: number,
): void {
  for (let i = start; i < end; i += stride) out[i] = out[i]! * factor;
}

// Neumaier-compensated sum of exp((x_i - m) / T), storing the exponentials
// or the shifted logits.
function sumExponentials(
  x: Float64Array, out: Float64Array, start: number, end: number, stride: number,
  max: number, temperature: number, keepShifted: boolean,
): number {
  if (temperature === 1 && !keepShifted) {
    return sumUnitExponentials(x, out, start, end, stride, max);
  }
  let sum = 0;
  let compensation = 0;
  for (let i = start; i < end; i += stride) {
    const shifted = shiftedLogit(x[i]!, max, temperature);
    const term = Math.exp(shifted);
    out[i] = keepShifted ? shifted : term;
    const next = sum + term;
    compensation += sum >= term ? (sum - next) + term : (term - next) + sum;
    sum = next;
  }
  return sum + compensation;
}

// The same for softmax at temperature 1, the common case and the hot one.
// The terms are all in (0, 1], so a plain sum within blocks of 1,024 is off
// by at most 1,024 ulps (2e-13) relative, and the block sums are added with
// compensation; the inner loop then costs little more than Math.exp itself
// (bench/results has the measurement).
const unitBlock = 1024;

function sumUnitExponentials(
  x: Float64Array, out: Float64Array, start: number, end: number, stride: number, max: number,
): number {
  const blockSpan = unitBlock * stride;
  let sum = 0;
  let compensation = 0;
  for (let blockStart = start; blockStart < end; blockStart += blockSpan) {
    const block = exponentialsOfBlock(x, out, blockStart, Math.min(blockStart + blockSpan, end),
      stride, max);
    const next = sum + block;
    compensation += sum >= block ? (sum - next) + block : (block - next) + sum;
    sum = next;
  }
  return sum + compensation;
}

function exponentialsOfBlock(
  x: Float64Array, out: Float64Array, start: number, end: number, stride: number, max: number,
): number {
  let sum = 0;
  for (let i = start; i < end; i += stride) {
    const term = Math.exp(x[i]! - max);
    out[i] = term;
    sum += term;
  }
  return sum;
}

// (x - m) / T without a spurious overflow: when x - m leaves the float64
// range (x near -1e308, m near 1e308) dividing each term first keeps the
// exact answer whenever it is representable, which matters for log-softmax
// with T > 1.
function shiftedLogit(x: number, max: number, temperature: number): number {
  const difference = x - max;
  if (temperature === 1) return difference;
  if (difference === -Infinity && x !== -Infinity) return x / temperature - max / temperature;
  return difference / temperature;
}
