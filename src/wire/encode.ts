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

// Above this many elements JSON.stringify of a plain array writes a finite
// tensor fastest; below it a hand loop does (bench/micro.ts measures both).
const largeTensor = 4096;

function tensorText(tensor: Tensor): string {
  if (tensor.rank === 0) return numberText(tensor.data[0]!);
  if (tensor.data.length > largeTensor && allFinite(tensor.data)) {
    return JSON.stringify(tensor.rank === 1 ? Array.from(tensor.data) : rowsOf(tensor, Array.from));
  }
  if (tensor.rank === 1) return `[${rowText(tensor.data)}]`;
  return `[${rowsOf(tensor, (row) => `[${rowText(row)}]`).join(',')}]`;
}

function rowsOf<T>(tensor: Tensor, map: (row: Float64Array) => T): T[] {
  const cols = tensor.shape[1]!;
  const rows: T[] = [];
  for (let start = 0; start < tensor.data.length; start += cols) {
    rows.push(map(tensor.data.subarray(start, start + cols)));
  }
  return rows;
}

function allFinite(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i]! - data[i]! !== 0) return false;
  return true;
}

// One pass of string concatenation: String(x) is JSON's spelling of a finite
// float64, and non-finite values are spelled in the same pass.
function rowText(row: Float64Array): string {
  let text = '';
  for (let i = 0; i < row.length; i++) {
    const value = row[i]!;
    const item = value - value === 0 ? '' + value : numberText(value);
    text += i === 0 ? item : ',' + item;
  }
  return text;
}

function tensorObject(tensor: Tensor): unknown {
  if (tensor.rank === 0) return wireNumber(tensor.data[0]!);
  if (tensor.rank === 1) return Array.from(tensor.data, wireNumber);
  return rowsOf(tensor, (row) => Array.from(row, wireNumber));
}
