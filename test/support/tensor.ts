import { Tensor } from '../../src/engine/tensor.js';
import { fromWire } from './reference.js';

// A Tensor from a reference value: a number, a vector or rows of a matrix,
// non-finite values spelt as strings.
export function tensorOf(value: unknown): Tensor {
  const plain = fromWire(value);
  if (typeof plain === 'number') return new Tensor(Float64Array.of(plain), []);
  const items = plain as number[] | number[][];
  if (!Array.isArray(items[0])) return new Tensor(Float64Array.from(items as number[]),
    [items.length]);
  const rows = items as number[][];
  return new Tensor(Float64Array.from(rows.flat()), [rows.length, rows[0]!.length]);
}

// The plain value of a loss, a number or nested arrays, for comparison.
export function plainLoss(value: Tensor | number): unknown {
  if (typeof value === 'number') return value;
  if (value.rank === 0) return value.data[0];
  if (value.rank === 1) return Array.from(value.data);
  const cols = value.shape[1]!;
  return Array.from({ length: value.shape[0]! },
    (_, r) => Array.from(value.data.subarray(r * cols, (r + 1) * cols)));
}
