import { endianness } from 'node:os';
import { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import type { ElementBudget } from './element-budget.js';

// The element types a raw tensor body may hold, always little-endian.
export type Dtype = 'float32' | 'float64';

const elementBytes: Record<Dtype, number> = { float32: 4, float64: 8 };

// Typed arrays use the host's byte order: on a little-endian host (every
// platform Node ships for but s390x) they read the wire form directly; a
// big-endian host goes through a DataView, which is slower but right.
const littleEndianHost = endianness() === 'LE';

// The shape given in the query string: "N" (a vector) or "R,C" (a matrix).
// Without one the body is a vector of all its elements.
export function parseShape(text: string | undefined, count: number): number[] {
  if (text === undefined) return [count];
  if (!/^\d+(,\d+)?$/.test(text)) {
    throw problemAt('invalid-tensor', '/shape', `expected "N" or "R,C", got ${JSON.stringify(text)}`);
  }
  const shape = text.split(',').map(Number);
  const expected = shape.reduce((product, size) => product * size, 1);
  if (expected !== count) {
    throw problemAt('invalid-tensor', '/shape',
      `shape ${text} holds ${expected} elements but the body holds ${count}`);
  }
  return shape;
}

// The float64 values of a raw body. A float64 body that is suitably aligned
// is used in place, without a copy; anything else is converted once.
export function readTensorBytes(
  bytes: Uint8Array, dtype: Dtype, shapeText: string | undefined, budget: ElementBudget,
  pointer: string,
): Tensor {
  const size = elementBytes[dtype];
  if (bytes.byteLength % size !== 0) {
    throw problemAt('invalid-tensor', '', `a ${dtype} body is a multiple of ${size} bytes, `
      + `got ${bytes.byteLength}`);
  }
  const count = bytes.byteLength / size;
  if (count === 0) throw problemAt('invalid-tensor', pointer, 'must not be empty');
  budget.take(count, pointer);
  const shape = parseShape(shapeText, count);
  return new Tensor(toFloat64(bytes, dtype, count), shape);
}

function toFloat64(bytes: Uint8Array, dtype: Dtype, count: number): Float64Array {
  if (!littleEndianHost) return readWithDataView(bytes, dtype, count);
  const aligned = bytes.byteOffset % elementBytes[dtype] === 0;
  const source = aligned ? bytes : bytes.slice();
  if (dtype === 'float64') return new Float64Array(source.buffer, source.byteOffset, count);
  return Float64Array.from(new Float32Array(source.buffer, source.byteOffset, count));
}

function readWithDataView(bytes: Uint8Array, dtype: Dtype, count: number): Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    data[i] = dtype === 'float64' ? view.getFloat64(i * 8, true) : view.getFloat32(i * 4, true);
  }
  return data;
}

// Several tensors written one after the other in one fresh buffer, in the
// given dtype (float32 rounds to nearest, as a cast in PyTorch does).
export function writeTensorBytes(tensors: readonly Tensor[], dtype: Dtype): Uint8Array {
  const size = elementBytes[dtype];
  const total = tensors.reduce((sum, tensor) => sum + tensor.data.length, 0);
  const bytes = new Uint8Array(total * size);
  let offset = 0;
  for (const tensor of tensors) {
    writeInto(bytes, offset, tensor.data, dtype);
    offset += tensor.data.length * size;
  }
  return bytes;
}

function writeInto(bytes: Uint8Array, offset: number, data: Float64Array, dtype: Dtype): void {
  if (littleEndianHost) {
    const target = dtype === 'float64'
      ? new Float64Array(bytes.buffer, offset, data.length)
      : new Float32Array(bytes.buffer, offset, data.length);
    target.set(data);
    return;
  }
  const view = new DataView(bytes.buffer, offset, data.length * elementBytes[dtype]);
  for (let i = 0; i < data.length; i++) {
    if (dtype === 'float64') view.setFloat64(i * 8, data[i]!, true);
    else view.setFloat32(i * 4, data[i]!, true);
  }
}
