import { asMatrix, type Tensor } from '../../engine/tensor.js';
import { problemAt } from '../../errors/problem-error.js';
import { decodeTensor } from '../../wire/decode-tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import { assertDistributionRows } from '../probability-checks.js';
import { elementPointer } from '../tensor-pointers.js';
import { assertEach, shapeText } from './checks.js';

// Class weights: one finite value per class (column) of the input.
export function decodeClassWeights(
  value: unknown, input: Tensor, budget: ElementBudget,
): Float64Array | undefined {
  if (value === undefined) return undefined;
  const weight = decodeTensor(value, '/weight', { budget, ranks: [1] });
  const classes = asMatrix(input).cols;
  if (weight.data.length !== classes) {
    throw problemAt('invalid-tensor', '/weight', `expected ${classes} weights, one per class `
      + `(the last axis of /input), got ${weight.data.length}`);
  }
  assertEach(weight, 'weight', Number.isFinite, 'a class weight must be finite');
  return weight.data;
}

// Whether the target holds class indices: one per row of a matrix input
// (a vector), or one for a vector input (a number). Class probabilities
// have the input's own rank.
export function holdsClassIndices(input: Tensor, target: Tensor): boolean {
  return target.rank === input.rank - 1;
}

// Class indices, checked: integers, and each either ignoreIndex or a
// class of the input, 0 to C - 1.
export function classIndices(input: Tensor, target: Tensor, ignoreIndex: number): Float64Array {
  const { rows, cols } = asMatrix(input);
  if (target.rank === 1 && target.data.length !== rows) {
    throw problemAt('invalid-tensor', '/target', `expected ${rows} class indices, one per `
      + `row of /input, got ${target.data.length}`);
  }
  for (let i = 0; i < target.data.length; i++) {
    const index = target.data[i]!;
    const pointer = elementPointer('target', target, i);
    if (!Number.isInteger(index)) {
      throw problemAt('invalid-tensor', pointer, `a class index must be an integer, got ${index}`);
    }
    if (index !== ignoreIndex && (index < 0 || index >= cols)) {
      throw problemAt('domain-error', pointer, `class index ${index} is out of range: /input `
        + `has ${cols} classes (0 to ${cols - 1}) and ignoreIndex is ${ignoreIndex}`);
    }
  }
  return target.data;
}

// Class probabilities: the input's shape, each row a distribution.
export function assertClassDistributions(input: Tensor, target: Tensor): void {
  if (target.shape.some((size, axis) => size !== input.shape[axis])) {
    throw problemAt('invalid-tensor', '/target', 'expected class probabilities of the shape '
      + `of /input ${shapeText(input)}, got ${shapeText(target)}`);
  }
  assertDistributionRows(target, 'target');
}

// The target of a classification loss when it holds neither indices nor
// probabilities of the right rank.
export function wrongTargetRank(input: Tensor, target: Tensor, probabilities: boolean): never {
  const indices = input.rank === 2 ? `${input.shape[0]} class indices` : 'one class index';
  const or = probabilities ? ` or class probabilities of the shape of /input ${shapeText(input)}`
    : '';
  throw problemAt('invalid-tensor', '/target',
    `expected ${indices}${or}, got shape ${shapeText(target)}`);
}
