import type { LossTerms, Reduction } from '../../engine/losses/reduce.js';
import type { Tensor } from '../../engine/tensor.js';
import { problemAt } from '../../errors/problem-error.js';
import { elementPointer } from '../tensor-pointers.js';

// Where PyTorch would answer NaN, the service answers 422 naming the place:
// an element whose loss is undefined (Infinity - Infinity, 0 * Infinity),
// a mean over nothing (every target ignored, or counted weights summing to
// 0), or a sum of +Infinity and -Infinity.
export function assertDefinedLoss(
  terms: LossTerms, reduction: Reduction, loss: Tensor | number,
): void {
  const values = terms.values;
  const undefinedAt = values.data.findIndex(Number.isNaN);
  if (undefinedAt >= 0) {
    throw problemAt('domain-error', elementPointer('input', values, undefinedAt),
      'the loss is undefined here (Infinity - Infinity or 0 * Infinity between the input, '
      + 'the target and the weights; PyTorch answers NaN)');
  }
  if (reduction === 'mean' && terms.meanDenominator === 0) {
    throw problemAt('domain-error', '/target',
      'no target counts toward the mean (every target equals ignoreIndex, or the weights of '
      + 'the counted targets sum to 0): the mean is 0/0; use reduction "sum" or "none"');
  }
  if (typeof loss === 'number' && Number.isNaN(loss)) {
    throw problemAt('domain-error', '/input',
      'the losses include both Infinity and -Infinity: their sum is undefined');
  }
}
