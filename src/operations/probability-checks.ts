import type { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { elementPointer, rowPointer } from './tensor-pointers.js';

// How far a row of probabilities may sum from 1 (float64 rounding of a
// client's own normalisation stays far below it).
export const sumTolerance = 1e-9;

// Each row must be a probability distribution: finite, non-negative
// entries summing to 1 within sumTolerance. The answer names the first
// element or row at fault.
export function assertDistributionRows(tensor: Tensor, field: string): void {
  const cols = tensor.rank === 2 ? tensor.shape[1]! : tensor.data.length;
  for (let start = 0; start < tensor.data.length; start += cols) {
    let sum = 0;
    for (let i = start; i < start + cols; i++) {
      const value = tensor.data[i]!;
      if (!(value >= 0 && value < Infinity)) {
        throw problemAt('domain-error', elementPointer(field, tensor, i),
          `a probability must be finite and >= 0, got ${value}`);
      }
      sum += value;
    }
    if (Math.abs(sum - 1) > sumTolerance) {
      throw problemAt('domain-error', rowPointer(field, tensor, start / cols),
        `probabilities must sum to 1 (within ${sumTolerance}), these sum to ${sum}`);
    }
  }
}
