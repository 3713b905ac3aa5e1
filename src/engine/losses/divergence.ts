import type { Tensor } from '../tensor.js';
import { elementwiseTerms, type LossTerms } from './reduce.js';

// kl_div: input x holds log-probabilities (log q), the target t holds
// probabilities p, or log p when logTarget is set; pointwise
// p (log p - x), the sum over a row being KL(p || q). Computed as
// t log t - t x (PyTorch's xlogy form) or exp(t) (t - x). Where p = 0 the
// term is 0 (0 log 0 = 0) even against a masked x = -Infinity, where
// PyTorch answers NaN. 'mean' divides by the element count, 'batchmean' by
// the batch size. Domain: p >= 0 when logTarget is false (callers check).
export function klDivergence(input: Tensor, target: Tensor, logTarget: boolean): LossTerms {
  return elementwiseTerms(input, target, (x, t) => {
    if (logTarget) return t === -Infinity ? 0 : Math.exp(t) * (t - x);
    return t === 0 ? 0 : t * Math.log(t) - t * x;
  });
}

export interface PoissonOptions {
  logInput: boolean;
  full: boolean;
  eps: number;
}

const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

// poisson_nll_loss, the negative log-likelihood of a count y under a
// Poisson rate lambda, without the constant log(y!):
// exp(x) - y x when x = log lambda (logInput), else
// lambda - y log(lambda + eps), eps keeping lambda = 0 finite.
// `full` adds Stirling's approximation of log(y!),
// y log y - y + 0.5 log(2 pi y), only where y > 1, as PyTorch does.
// Domain: y >= 0 and lambda + eps > 0 (callers check).
export function poissonNll(input: Tensor, target: Tensor, options: PoissonOptions): LossTerms {
  return elementwiseTerms(input, target, (x, y) => {
    const loss = options.logInput ? Math.exp(x) - y * x : x - y * Math.log(x + options.eps);
    if (!options.full || y <= 1) return loss;
    return loss + (y * Math.log(y) - y + halfLogTwoPi + 0.5 * Math.log(y));
  });
}
