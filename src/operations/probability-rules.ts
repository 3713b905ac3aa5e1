import { Type } from '@sinclair/typebox';
import { compensatedSum } from '../engine/summation.js';
import { asMatrix, type Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { elementPointer } from '../wire/element-pointer.js';

// How far from 1 the sum of a probability vector may be: room for the
// rounding of decimal inputs, far below any real mistake.
export const sumTolerance = 1e-9;

export const axiomsDescription = 'Probabilities must obey the axioms: every entry finite and '
  + `>= 0 and each distribution summing to 1 within ${sumTolerance}; otherwise the answer is `
  + 'a 422 naming the entry, or the distribution and its actual sum. They are used as '
  + 'given, never silently renormalised.';

export const NormalizeSchema = Type.Optional(Type.Boolean({ default: false,
  description: 'Opt in to scaling non-negative finite weights to sum to 1 first (each row '
    + 'of a matrix on its own). An all-zero distribution is still a 422.' }));

export const BaseSchema = Type.Optional(Type.Union([Type.Literal('e'), Type.Number()], {
  default: 'e',
  description: 'Logarithm base: "e" (nats, the default), 2 (bits), 10 or any number > 1 '
    + '(422 otherwise).' }));

// The base as a number: "e" or absent is Math.E; anything not above 1 has
// no unit of information.
export function decodeBase(base: 'e' | number | undefined, pointer = '/base'): number {
  if (base === undefined || base === 'e') return Math.E;
  if (!(base > 1)) throw problemAt('domain-error', pointer, `must be > 1 (or "e"), got ${base}`);
  return base;
}

export interface DistributionRules {
  // Scale non-negative weights to sum to 1 instead of requiring it.
  normalize?: boolean;
  // A matrix is one distribution (a joint table) rather than one per row.
  whole?: boolean;
  // The route takes "normalize", so a wrong sum can point to it.
  offersNormalize?: boolean;
}

// Checks the probability axioms on a vector or on each row of a matrix (or
// on a whole matrix) and returns the distributions to compute with: the
// tensor itself, or with normalize its rows scaled to sum to 1. Problems
// name the first offending entry, or the distribution and its sum.
export function checkDistributions(
  tensor: Tensor, pointer: string, rules: DistributionRules = {},
): Tensor {
  tensor.data.forEach((value, index) => {
    if (value >= 0 && value < Infinity) return;
    const rule = value < 0 ? `must be >= 0, got ${value}` : `must be finite, got ${value}`;
    throw problemAt('domain-error', elementPointer(tensor, pointer, index),
      `a probability ${rule}`);
  });

  const { rows, cols } = asMatrix(tensor);
  const single = tensor.rank < 2 || rules.whole === true;
  const length = single ? tensor.data.length : cols;
  const data = rules.normalize ? new Float64Array(tensor.data) : tensor.data;
  for (let r = 0; r < (single ? 1 : rows); r++) {
    const row = data.subarray(r * length, (r + 1) * length);
    const where = single ? pointer : `${pointer}/${r}`;
    const what = single ? (tensor.rank < 2 ? 'the vector' : 'the table') : `row ${r}`;
    if (rules.normalize) normalizeRow(row, where, what);
    else checkSum(row, where, what, rules.offersNormalize === true);
  }
  return rules.normalize ? tensor.withData(data) : tensor;
}

function checkSum(row: Float64Array, pointer: string, what: string, hint: boolean): void {
  const sum = compensatedSum(row);
  if (Math.abs(sum - 1) <= sumTolerance) return;
  throw problemAt('domain-error', pointer, `probabilities must sum to 1 (within `
    + `${sumTolerance}); ${what} sums to ${sum}`
    + (hint ? '. Send "normalize": true to scale weights instead' : ''));
}

// Divides by the largest weight first so that the sum of huge weights
// cannot overflow, then by the sum.
function normalizeRow(row: Float64Array, pointer: string, what: string): void {
  const largest = row.reduce((max, value) => Math.max(max, value), 0);
  if (largest === 0) {
    throw problemAt('domain-error', pointer,
      `every weight of ${what} is 0: there is no distribution to normalise`);
  }
  for (let i = 0; i < row.length; i++) row[i] = row[i]! / largest;
  const sum = compensatedSum(row);
  for (let i = 0; i < row.length; i++) row[i] = row[i]! / sum;
}

// A single probability: a number in [0, 1].
export function checkProbability(value: number, pointer: string): void {
  if (value >= 0 && value <= 1) return;
  throw problemAt('domain-error', pointer, `a probability must lie in [0, 1], got ${value}`);
}
