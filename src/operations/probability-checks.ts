import { compensatedSum } from '../engine/summation.js';
import { asMatrix, type Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { elementPointer, rowPointer } from './tensor-pointers.js';

// How far a distribution may sum from 1: room for the rounding of decimal
// inputs and of a client's own normalisation, far below any real mistake.
export const sumTolerance = 1e-9;

export interface DistributionRules {
  // Scale non-negative weights to sum to 1 instead of requiring it.
  normalize?: boolean;
  // A matrix is one distribution (a joint table) rather than one per row.
  whole?: boolean;
  // The route takes "normalize", so a wrong sum can point to it.
  offersNormalize?: boolean;
}

// Checks the probability axioms on a vector, on each row of a matrix, or
// on a whole matrix: finite entries >= 0 summing (compensated) to 1 within
// sumTolerance. Returns the distributions to compute with: the tensor
// itself, never repaired, or with normalize its rows scaled to sum to 1.
// Problems name the first offending entry, or the distribution and its sum.
export function checkDistributions(
  tensor: Tensor, field: string, rules: DistributionRules = {},
): Tensor {
  tensor.data.forEach((value, index) => {
    if (value >= 0 && value < Infinity) return;
    const rule = value < 0 ? `must be >= 0, got ${value}` : `must be finite, got ${value}`;
    throw problemAt('domain-error', elementPointer(field, tensor, index),
      `a probability ${rule}`);
  });

  const single = tensor.rank < 2 || rules.whole === true;
  const length = single ? tensor.data.length : asMatrix(tensor).cols;
  const data = rules.normalize ? new Float64Array(tensor.data) : tensor.data;
  for (let start = 0, r = 0; start < data.length; start += length, r++) {
    const row = data.subarray(start, start + length);
    const where = single ? `/${field}` : rowPointer(field, tensor, r);
    const what = single ? (tensor.rank < 2 ? 'the vector' : 'the table') : `row ${r}`;
    if (rules.normalize) normalizeRow(row, where, what);
    else checkSum(row, where, what, rules.offersNormalize === true);
  }
  return rules.normalize ? tensor.withData(data) : tensor;
}

// Each row must be a probability distribution (the check alone).
export function assertDistributionRows(tensor: Tensor, field: string): void {
  checkDistributions(tensor, field);
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

// A single probability: a number in [0, 1]. pointer: e.g. /prior.
export function checkProbability(value: number, pointer: string): void {
  if (value >= 0 && value <= 1) return;
  throw problemAt('domain-error', pointer, `a probability must lie in [0, 1], got ${value}`);
}
