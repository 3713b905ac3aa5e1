import type { Tensor } from '../../engine/tensor.js';
import { problemAt } from '../../errors/problem-error.js';
import { decodeTensor } from '../../wire/decode-tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import { elementPointer } from '../tensor-pointers.js';

export function shapeText(tensor: Tensor): string {
  return `[${tensor.shape.join(', ')}]`;
}

function sameShape(a: Tensor, b: Tensor): boolean {
  return a.rank === b.rank && a.shape.every((size, axis) => size === b.shape[axis]);
}

// The input and target of an elementwise loss: two tensors of one shape
// (PyTorch would broadcast them, and warns that this is rarely meant).
export function decodeInputAndTarget(
  body: { input: unknown; target: unknown }, budget: ElementBudget,
): { input: Tensor; target: Tensor } {
  const input = decodeTensor(body.input, '/input', { budget });
  const target = decodeTensor(body.target, '/target', { budget });
  if (!sameShape(input, target)) {
    throw problemAt('invalid-tensor', '/target',
      `expected the shape of /input ${shapeText(input)}, got ${shapeText(target)}`);
  }
  return { input, target };
}

// An optional weight-like parameter broadcast to the input's shape, as
// PyTorch broadcasts it, limited to what tensors of rank <= 2 need: a
// number, one value per class (the last axis of the input), or the
// input's own shape. Its values must be finite.
export function decodeBroadcast(
  value: unknown, field: string, input: Tensor, budget: ElementBudget,
): Float64Array | undefined {
  if (value === undefined) return undefined;
  const tensor = decodeTensor(value, `/${field}`, { budget });
  assertEach(tensor, field, Number.isFinite, 'must be finite');
  const size = input.data.length;
  if (tensor.rank === 0) return new Float64Array(size).fill(tensor.data[0]!);
  if (sameShape(tensor, input)) return tensor.data;

  const classes = input.rank === 0 ? 1 : input.shape[input.rank - 1]!;
  if (tensor.rank === 1 && input.rank === 2 && tensor.data.length === classes) {
    const tiled = new Float64Array(size);
    for (let start = 0; start < size; start += classes) tiled.set(tensor.data, start);
    return tiled;
  }
  const perClass = input.rank === 2 ? `, ${classes} values (one per column of /input)` : '';
  throw problemAt('invalid-tensor', `/${field}`, `expected a number${perClass} or the shape of `
    + `/input ${shapeText(input)}, got shape ${shapeText(tensor)}`);
}

// Throws a 422 naming the first element of `tensor` that fails `rule`.
export function assertEach(
  tensor: Tensor, field: string, rule: (value: number) => boolean, message: string,
): void {
  const index = tensor.data.findIndex((value) => !rule(value));
  if (index < 0) return;
  throw problemAt('domain-error', elementPointer(field, tensor, index),
    `${message}, got ${tensor.data[index]}`);
}

export function assertParameter(
  value: number, field: string, rule: (value: number) => boolean, message: string,
): void {
  if (!rule(value)) throw problemAt('domain-error', `/${field}`, `${message}, got ${value}`);
}

export const isProbability = (value: number): boolean => value >= 0 && value <= 1;
export const isNonNegative = (value: number): boolean => value >= 0;
