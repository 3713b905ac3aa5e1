import { Tensor } from '../engine/tensor.js';

// What an operation hands back for the wire: plain JSON values, with Tensor
// instances wherever a tensor goes.
export type WireValue =
  | number | string | boolean | null | Tensor | WireValue[] | { [key: string]: WireValue };

// The JSON value of a float64: a number, or the non-finite spelling.
export function wireNumber(value: number): number | string {
  if (Number.isFinite(value)) return value;
  return value !== value ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}

// JSON text of a wire value: one JSON.stringify over the plain form, which
// prints a flat string in one pass. Measured against a hand loop of string
// concatenation and TypedArray join, with numbers that differ from request
// to request (bench/micro.ts), it was the fastest at 10, 1,000 and 100,000
// numbers; the hand loop only wins when V8's number-to-string cache already
// holds every value, as when one body is sent again and again.
export function toJsonText(value: WireValue): string {
  return JSON.stringify(toWireObject(value));
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

function tensorObject(tensor: Tensor): unknown {
  if (tensor.rank === 0) return wireNumber(tensor.data[0]!);
  if (tensor.rank === 1) return plainNumbers(tensor.data);
  const cols = tensor.shape[1]!;
  const rows: unknown[] = [];
  for (let start = 0; start < tensor.data.length; start += cols) {
    rows.push(plainNumbers(tensor.data.subarray(start, start + cols)));
  }
  return rows;
}

// The common case, all finite, is copied by a plain loop of push, which
// makes a packed array of doubles in about a third of Array.from's time.
function plainNumbers(data: Float64Array): (number | string)[] {
  if (!allFinite(data)) return Array.from(data, wireNumber);
  const values: number[] = [];
  for (let i = 0; i < data.length; i++) values.push(data[i]!);
  return values;
}

function allFinite(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i]! - data[i]! !== 0) return false;
  return true;
}
