import { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import type { ElementBudget } from './element-budget.js';

export interface DecodeOptions {
  budget: ElementBudget;
  // NaN on input is refused unless a route says otherwise.
  allowNaN?: boolean;
  // Which ranks the field accepts: scalars, vectors, matrices.
  ranks?: readonly number[];
}

const rankNames = ['a number', 'a vector', 'a matrix'];

// Turns a wire tensor (number, array or array of rows, non-finite values as
// strings) into a Tensor, naming the exact element when something is wrong.
// A Tensor read from a binary body passes the same checks (rank, budget, NaN),
// so the binary path refuses exactly what the JSON path refuses.
export function decodeTensor(value: unknown, pointer: string, options: DecodeOptions): Tensor {
  const ranks = options.ranks ?? [0, 1, 2];
  const rank = value instanceof Tensor ? value.rank : rankOf(value, pointer);
  if (!ranks.includes(rank)) {
    const allowed = ranks.map((r) => rankNames[r]).join(' or ');
    const got = rank === 0 && !isScalar(value) ? describe(value) : rankNames[rank];
    throw problemAt('invalid-tensor', pointer, `expected ${allowed}, got ${got}`);
  }
  if (value instanceof Tensor) return checkDecoded(value, pointer, options);

  if (rank === 0) {
    options.budget.take(1, pointer);
    return new Tensor(Float64Array.of(toFloat(value, pointer, options)), []);
  }

  if (rank === 1) {
    const items = value as unknown[];
    options.budget.take(items.length, pointer);
    const data = new Float64Array(items.length);
    fillRow(items, data, 0, pointer, options);
    return new Tensor(data, [items.length]);
  }

  const rows = value as unknown[][];
  const cols = rows[0]!.length;
  options.budget.take(rows.length * cols, pointer);
  const data = new Float64Array(rows.length * cols);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const rowPointer = `${pointer}/${r}`;
    if (!Array.isArray(row)) {
      throw problemAt('invalid-tensor', rowPointer, 'expected a row (an array), as row 0 is');
    }
    if (row.length !== cols) {
      throw problemAt('invalid-tensor', rowPointer,
        `ragged matrix: row ${r} has ${row.length} elements, row 0 has ${cols}`);
    }
    fillRow(row, data, r * cols, rowPointer, options);
  }
  return new Tensor(data, [rows.length, cols]);
}

function checkDecoded(tensor: Tensor, pointer: string, options: DecodeOptions): Tensor {
  options.budget.take(tensor.data.length, pointer);
  if (options.allowNaN) return tensor;
  const index = firstNaN(tensor.data);
  if (index < 0) return tensor;
  const cols = tensor.rank === 2 ? tensor.shape[1]! : 0;
  const at = tensor.rank === 0 ? '' : tensor.rank === 1 ? `/${index}`
    : `/${Math.floor(index / cols)}/${index % cols}`;
  throw problemAt('invalid-number', `${pointer}${at}`, 'NaN is not accepted here');
}

function firstNaN(data: Float64Array): number {
  for (let i = 0; i < data.length; i++) if (data[i] !== data[i]) return i;
  return -1;
}

// A value that can stand for one number: a JSON number or a non-finite spelling.
function isScalar(value: unknown): boolean {
  return typeof value === 'number' || value === 'NaN' || value === 'Infinity'
    || value === '-Infinity';
}

function rankOf(value: unknown, pointer: string): number {
  if (!Array.isArray(value)) return 0;
  if (value.length === 0) throw problemAt('invalid-tensor', pointer, 'must not be empty');
  const first: unknown = value[0];
  if (!Array.isArray(first)) return 1;
  if (first.length === 0) throw problemAt('invalid-tensor', `${pointer}/0`, 'must not be empty');
  if (Array.isArray(first[0])) {
    throw problemAt('invalid-tensor', `${pointer}/0/0`, 'tensors have at most 2 dimensions');
  }
  return 2;
}

function fillRow(
  items: unknown[], data: Float64Array, offset: number, pointer: string, options: DecodeOptions,
): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // The common case first: a finite JSON number.
    if (typeof item === 'number' && item - item === 0) {
      data[offset + i] = item;
    } else {
      data[offset + i] = toFloat(item, `${pointer}/${i}`, options);
    }
  }
}

function toFloat(value: unknown, pointer: string, options: DecodeOptions): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw problemAt('invalid-number', pointer,
      'number literal overflows float64; send "Infinity" or "-Infinity" as a string');
  }
  if (value === '-Infinity') return -Infinity;
  if (value === 'Infinity') return Infinity;
  if (value === 'NaN') {
    if (options.allowNaN) return NaN;
    throw problemAt('invalid-number', pointer, 'NaN is not accepted here');
  }
  if (Array.isArray(value)) {
    throw problemAt('invalid-tensor', pointer, 'expected a number here, got an array');
  }
  throw problemAt('invalid-tensor', pointer,
    `expected a number or "Infinity", "-Infinity", "NaN"; got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
