import { compensatedSum } from '../sum.js';
import { Tensor } from '../tensor.js';

// PyTorch's `reduction` argument: 'none' keeps the per-element (or
// per-sample) losses, 'sum' adds them, 'mean' divides the sum by the loss's
// own denominator, 'batchmean' (kl_div only) by the size of the first axis.
export type Reduction = 'none' | 'sum' | 'mean' | 'batchmean';

// An unreduced loss and what its 'mean' divides by: the element count for
// elementwise losses, the total weight of the counted targets for nll and
// cross-entropy with class indices.
export interface LossTerms {
  values: Tensor;
  meanDenominator: number;
}

// Applies a reduction. 'batchmean' follows torch.nn.functional.kl_div: the
// sum divided by input.size(0), which for a vector is its length. A mean
// over a zero denominator is 0/0 = NaN, as in PyTorch; callers reject it.
export function reduceLoss(terms: LossTerms, reduction: Reduction): Tensor | number {
  if (reduction === 'none') return terms.values;
  const sum = compensatedSum(terms.values.data);
  if (reduction === 'sum') return sum;
  if (reduction === 'mean') return sum / terms.meanDenominator;
  return terms.values.rank === 0 ? sum : sum / terms.values.shape[0]!;
}

// The terms of an elementwise loss: one value per element of two tensors of
// the same shape, the mean taken over every element.
export function elementwiseTerms(
  input: Tensor, target: Tensor, loss: (x: number, y: number, index: number) => number,
): LossTerms {
  const values = new Float64Array(input.data.length);
  for (let i = 0; i < values.length; i++) values[i] = loss(input.data[i]!, target.data[i]!, i);
  return { values: input.withData(values), meanDenominator: values.length };
}

// A scalar loss as a rank-0 tensor, for unbatched inputs.
export function scalarTensor(value: number): Tensor {
  return new Tensor(Float64Array.of(value), []);
}
