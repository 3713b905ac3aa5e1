import log1p from '@stdlib/math-base-special-log1p';
import type { Tensor } from '../tensor.js';
import { elementwiseTerms, type LossTerms } from './reduce.js';

// binary_cross_entropy on probabilities p and targets y in [0, 1]:
// loss = -w [y log p + (1 - y) log(1 - p)], each log clamped below at -100
// as PyTorch does, so a confident wrong prediction costs 100, not Infinity,
// and 0 log 0 terms are 0. log(1 - p) is log1p(-p), exact for tiny p.
// `weight` has the input's shape (already broadcast); 'mean' divides by the
// element count. Domain: p in [0, 1], which callers check.
export function binaryCrossEntropy(
  probabilities: Tensor, targets: Tensor, weight?: Float64Array,
): LossTerms {
  return elementwiseTerms(probabilities, targets, (p, y, i) => {
    const loss = (y - 1) * Math.max(log1p(-p), -100) - y * Math.max(Math.log(p), -100);
    return weight ? weight[i]! * loss : loss;
  });
}

// binary_cross_entropy_with_logits on logits x and targets y:
// loss = -w [pw y log sigmoid(x) + (1 - y) log(1 - sigmoid(x))].
// Written as max(x, 0) - x y + log1p(exp(-|x|)), plus
// (pw - 1) y (log1p(exp(-|x|)) + max(-x, 0)) when a positive weight pw is
// given, every exponent is <= 0: nothing overflows for logits of +-1e308
// and nothing is lost to 1 - sigmoid(x) rounding to 0. An infinite logit
// saturates the sigmoid exactly: the loss is 0 for the matching label and
// +Infinity otherwise (PyTorch answers NaN there).
// `weight` and `posWeight` have the input's shape (already broadcast).
export function binaryCrossEntropyWithLogits(
  logits: Tensor, targets: Tensor, weight?: Float64Array, posWeight?: Float64Array,
): LossTerms {
  return elementwiseTerms(logits, targets, (x, y, i) => {
    const pw = posWeight ? posWeight[i]! : 1;
    const loss = Number.isFinite(x) ? logisticLoss(x, y, pw) : saturatedLoss(x, y, pw);
    return weight ? weight[i]! * loss : loss;
  });
}

function logisticLoss(x: number, y: number, pw: number): number {
  const tail = log1p(Math.exp(-Math.abs(x)));
  const loss = Math.max(x, 0) - x * y + tail;
  return pw === 1 ? loss : loss + (pw - 1) * y * (tail + Math.max(-x, 0));
}

function saturatedLoss(x: number, y: number, pw: number): number {
  if (x > 0) return y === 1 ? 0 : Infinity;
  return pw * y === 0 ? 0 : Infinity;
}
