import { natsPerUnit, relativeEntropy } from './information.js';
import { compensatedSum } from './summation.js';
import type { Tensor } from './tensor.js';

// Two cells count as equal for `independent` when they agree to this
// relative precision: the same 1e-9 the probability axioms allow.
export const independenceTolerance = 1e-9;

// P(A | B) = P(A and B) / P(B). Domain: 0 <= joint <= marginal <= 1 and
// marginal > 0, checked by the caller.
export function conditionalProbability(joint: number, marginal: number): number {
  return joint / marginal;
}

export interface JointTableSummary {
  rowMarginals: Float64Array;
  columnMarginals: Float64Array;
  rowGivenColumn: Tensor;
  columnGivenRow: Tensor;
  mutualInformation: number;
  independent: boolean;
  zeroMarginalRows: number[];
  zeroMarginalColumns: number[];
}

// Everything a joint table P(X = i, Y = j) (rows i, columns j) says about X
// and Y. Domain: a non-negative finite matrix whose total S is 1 within the
// caller's tolerance. Marginals are compensated sums of rows and columns;
// P(X = i | Y = j) = P(i, j) / P(Y = j) and P(Y = j | X = i) = P(i, j) /
// P(X = i). Conditioning on an event of probability 0 is undefined: those
// entries are 0 and the event's index is listed in zeroMarginalRows or
// zeroMarginalColumns. I(X; Y) = sum_i P(X = i) KL(P(Y | X = i) || P(Y))
// (divided by S), which stays accurate near independence and never forms
// products of tiny marginals. independent: every row's conditional equals
// the column marginal divided by S to independenceTolerance (relative).
export function summarizeJointTable(joint: Tensor, base: number): JointTableSummary {
  const [rows, cols] = joint.shape as [number, number];
  const rowMarginals = Float64Array.from({ length: rows },
    (_, i) => compensatedSum(joint.data, i * cols, cols));
  const columnMarginals = Float64Array.from({ length: cols },
    (_, j) => compensatedSum(joint.data, j, rows, cols));
  const total = compensatedSum(rowMarginals);

  const rowGivenColumn = divideBy(joint, (_, j) => columnMarginals[j]!);
  const columnGivenRow = divideBy(joint, (i) => rowMarginals[i]!);
  const columnShare = columnMarginals.map((c) => c / total);

  let information = 0;
  let independent = true;
  for (let i = 0; i < rows; i++) {
    if (rowMarginals[i] === 0) continue;
    const conditional = columnGivenRow.data.subarray(i * cols, (i + 1) * cols);
    information += (rowMarginals[i]! / total) * relativeEntropy(conditional, columnShare);
    independent &&= conditional.every((value, j) => agree(value, columnShare[j]!));
  }

  return {
    rowMarginals,
    columnMarginals,
    rowGivenColumn,
    columnGivenRow,
    mutualInformation: information / natsPerUnit(base),
    independent,
    zeroMarginalRows: zeroIndices(rowMarginals),
    zeroMarginalColumns: zeroIndices(columnMarginals),
  };
}

function divideBy(joint: Tensor, marginal: (i: number, j: number) => number): Tensor {
  const cols = joint.shape[1]!;
  const out = joint.data.map((value, k) => {
    const denominator = marginal(Math.floor(k / cols), k % cols);
    return denominator > 0 ? value / denominator : 0;
  });
  return joint.withData(out);
}

function agree(a: number, b: number): boolean {
  return Math.abs(a - b) <= independenceTolerance * Math.max(a, b);
}

function zeroIndices(values: Float64Array): number[] {
  const indices: number[] = [];
  values.forEach((value, index) => {
    if (value === 0) indices.push(index);
  });
  return indices;
}
