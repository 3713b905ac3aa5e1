import { Tensor } from '../engine/tensor.js';

// What an operation hands back for the wire: plain JSON values, with Tensor
// instances wherever a tensor goes. Both encoders below walk this shape.
export type WireValue =
  | number | string | boolean | null | Tensor | WireValue[] | { [key: string]: WireValue };

// A float64 as JSON text: shortest round-trip digits, non-finite as strings.
export function numberText(value: number): string {
  if (Number.isFinite(value)) return String(value);
  return value !== value ? '"NaN"' : value > 0 ? '"Infinity"' : '"-Infinity"';
}

// The JSON value of a float64: a number, or the non-finite spelling.
export function wireNumber(value: number): number | string {
  if (Number.isFinite(value)) return value;
  return value !== value ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}

// JSON text of a wire value. Tensors are written straight from their
// Float64Array, without building an intermediate array of numbers.
export function toJsonText(value: WireValue): string {
  if (value instanceof Tensor) return tensorText(value);
  if (typeof value === 'number') return numberText(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;

  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    members.push(`${JSON.stringify(key)}:${toJsonText(member)}`);
  }
  return `{${members.join(',')}}`;
}

// The same value as plain JSON-compatible objects (for GraphQL and tests).
export function toWireObject(value: WireValue): unknown {
  if (value instanceof Tensor) return tensorObject(value);
  if (typeof value === 'number') return wireNumber(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toWireObject);
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) result[key] = toWireObject(member);
  return result;
}

function tensorText(tensor: Tensor): string {
  if (tensor.rank === 0) return numberText(tensor.data[0]!);
  if (tensor.rank === 1) return `[${rowText(tensor.data)}]`;
  const cols = tensor.shape[1]!;
  const rows: string[] = [];
  for (let start = 0; start < tensor.data.length; start += cols) {
    rows.push(`[${rowText(tensor.data.subarray(start, start + cols))}]`);
  }
  return `[${rows.join(',')}]`;
}

// TypedArray join prints each element as String(x) does, which is also
// JSON's spelling of a finite number; only non-finite rows need the slow path.
function rowText(row: Float64Array): string {
  for (let i = 0; i < row.length; i++) {
    if (!Number.isFinite(row[i]!)) return Array.from(row, numberText).join(',');
  }
  return row.join(',');
}

function tensorObject(tensor: Tensor): unknown {
  if (tensor.rank === 0) return wireNumber(tensor.data[0]!);
  if (tensor.rank === 1) return Array.from(tensor.data, wireNumber);
  const cols = tensor.shape[1]!;
  const rows: unknown[] = [];
  for (let start = 0; start < tensor.data.length; start += cols) {
    rows.push(Array.from(tensor.data.subarray(start, start + cols), wireNumber));
  }
  return rows;
}
