import { logSoftmax } from '../softmax.js';
import { asMatrix, Tensor } from '../tensor.js';
import type { LossTerms } from './reduce.js';

export interface ClassIndexOptions {
  // One weight per class; every class weighs 1 when absent.
  weight?: Float64Array;
  // Samples whose target equals this contribute 0 and leave the mean's
  // denominator alone.
  ignoreIndex: number;
  // eps in [0, 1]: the target becomes (1 - eps) one-hot + eps / C.
  labelSmoothing: number;
}

export interface ClassProbabilityOptions {
  weight?: Float64Array;
  labelSmoothing: number;
}

// nll_loss: loss_i = -w[t_i] log p[i, t_i] for rows of log-probabilities and
// one class index t_i per row (or a vector and one index: a scalar loss).
// 'mean' divides by sum_i w[t_i] over the counted samples.
// Domain: every t_i is ignoreIndex or in [0, C), which callers check.
export function nllTerms(
  logProbabilities: Tensor, targets: Float64Array,
  options: Omit<ClassIndexOptions, 'labelSmoothing'>,
): LossTerms {
  return classIndexTerms(logProbabilities, targets, { ...options, labelSmoothing: 0 });
}

// cross_entropy with class indices: nll of log_softmax(logits) along each
// row. Going through log-softmax (log-sum-exp after subtracting the row
// maximum) keeps logits of +-1e308 finite and gives a masked (-Infinity)
// target class the loss +Infinity rather than NaN. With label smoothing eps,
// as PyTorch defines it:
// loss_i = (1 - eps) w[t_i] (-log p[i, t_i]) + (eps / C) sum_c w[c] (-log p[i, c]),
// and 'mean' still divides by sum_i w[t_i]. Domain: every row has a finite
// logit and none is +Infinity (callers check), targets as for nllTerms.
export function crossEntropyWithIndices(
  logits: Tensor, targets: Float64Array, options: ClassIndexOptions,
): LossTerms {
  return classIndexTerms(rowLogSoftmax(logits), targets, options);
}

// cross_entropy with a row of class probabilities per sample:
// loss_i = -sum_c w[c] t'[i, c] log p[i, c], t' = (1 - eps) t + eps / C, and
// 'mean' divides by the number of samples N whatever the weights. A class
// with t' = 0 contributes 0 even where its logit is masked: 0 log 0 = 0,
// where PyTorch computes 0 * -Infinity = NaN.
export function crossEntropyWithProbabilities(
  logits: Tensor, targets: Tensor, options: ClassProbabilityOptions,
): LossTerms {
  const logP = rowLogSoftmax(logits);
  const { rows, cols } = asMatrix(logP);
  const eps = options.labelSmoothing;
  const values = new Float64Array(rows);

  for (let i = 0; i < rows; i++) {
    let loss = 0;
    for (let c = 0; c < cols; c++) {
      const t = (1 - eps) * targets.data[i * cols + c]! + eps / cols;
      if (t === 0) continue;
      loss -= (options.weight ? options.weight[c]! : 1) * t * logP.data[i * cols + c]!;
    }
    values[i] = loss;
  }
  return { values: perSample(logits, values), meanDenominator: rows };
}

function classIndexTerms(
  logP: Tensor, targets: Float64Array, options: ClassIndexOptions,
): LossTerms {
  const { rows, cols } = asMatrix(logP);
  const { weight, ignoreIndex } = options;
  const eps = options.labelSmoothing;
  const values = new Float64Array(rows);
  let denominator = 0;

  for (let i = 0; i < rows; i++) {
    const target = targets[i]!;
    if (target === ignoreIndex) continue;
    const w = weight ? weight[target]! : 1;
    denominator += w;
    const row = logP.data.subarray(i * cols, (i + 1) * cols);
    const picked = -w * row[target]!;
    // The smoothing term is skipped at eps = 0 so that a masked class
    // (log p = -Infinity) costs nothing unless smoothing reaches it.
    values[i] = eps === 0 ? picked : (1 - eps) * picked + (eps / cols) * smoothing(row, weight);
  }
  return { values: perSample(logP, values), meanDenominator: denominator };
}

// sum_c w[c] (-log p_c) over one row.
function smoothing(row: Float64Array, weight: Float64Array | undefined): number {
  let sum = 0;
  for (let c = 0; c < row.length; c++) sum -= (weight ? weight[c]! : 1) * row[c]!;
  return sum;
}

function rowLogSoftmax(logits: Tensor): Tensor {
  return logSoftmax(logits, { axis: 'rows', temperature: 1 });
}

// One loss per row of a matrix, or a scalar for an unbatched vector.
function perSample(like: Tensor, values: Float64Array): Tensor {
  return new Tensor(values, like.rank === 2 ? [values.length] : []);
}
