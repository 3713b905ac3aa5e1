import { Type } from '@sinclair/typebox';
import {
  crossEntropyWithIndices, crossEntropyWithProbabilities, nllTerms,
} from '../../engine/losses/classification.js';
import type { Reduction } from '../../engine/losses/reduce.js';
import type { Tensor } from '../../engine/tensor.js';
import { decodeTensor } from '../../wire/decode-tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import { WireVector } from '../../wire/schemas.js';
import { assertNoMaskedSlice, assertNoPositiveInfinity } from '../logit-checks.js';
import { assertParameter } from './checks.js';
import {
  assertClassDistributions, classIndices, decodeClassWeights, holdsClassIndices, wrongTargetRank,
} from './class-targets.js';
import { defineLoss, standardReductions } from './define-loss.js';

interface ClassInput {
  reduction: Reduction;
  input: Tensor;
  weight: Float64Array | undefined;
  ignoreIndex: number;
}

interface PreparedNll extends ClassInput {
  indices: Float64Array;
}

interface PreparedCrossEntropy extends ClassInput {
  // Class indices (one per sample), or one row of probabilities per sample.
  target: { indices: Float64Array } | { probabilities: Tensor };
  labelSmoothing: number;
}

const target = {
  ranks: [0, 1, 2],
  description: 'One class index per row of the input (a number for an unbatched vector), or '
    + 'class probabilities of the shape of the input, each row summing to 1.',
};

const weight = Type.Optional({ ...WireVector,
  description: 'One weight per class (length C). Default: every class weighs 1.' });

const ignoreIndex = Type.Optional(Type.Integer({ default: -100,
  description: 'Samples whose class index equals this contribute 0 and are left out of the '
    + 'mean.' }));

const classWeightFields = { weight: { ranks: [1] } };

export const crossEntropyLoss = defineLoss({
  name: 'cross-entropy',
  pytorch: 'torch.nn.functional.cross_entropy',
  summary: 'Cross-entropy of logits against classes',
  formula: 'loss_i = -sum_c w[c] t[i,c] log_softmax(input)[i,c], t the one-hot or given '
    + 'probabilities smoothed to (1 - eps) t + eps / C. With class indices "mean" divides by '
    + 'the summed weights of the counted targets, with probabilities by N.',
  input: { ranks: [1, 2], description: 'Logits: one row per sample, or one vector (unbatched). '
    + '"-Infinity" masks a class.' },
  target,
  reductions: standardReductions,
  parameters: {
    weight,
    ignoreIndex,
    labelSmoothing: Type.Optional(Type.Number({ default: 0,
      description: 'eps in [0, 1] (422 outside).' })),
  },
  tensorParameters: classWeightFields,
  differences: 'A class whose target probability is 0 costs 0 even where its logit is '
    + '-Infinity (0 log 0 = 0; PyTorch answers NaN). Where PyTorch answers NaN otherwise '
    + '(every target ignored with "mean"), the answer is a 422.',
  prepare: (body, budget): PreparedCrossEntropy => {
    const labelSmoothing = body.labelSmoothing ?? 0;
    assertParameter(labelSmoothing, 'labelSmoothing', (eps) => eps >= 0 && eps <= 1,
      'must lie in [0, 1]');
    const { target, ...common } = decodeClassInput(body, budget);
    assertNoPositiveInfinity(common.input, 'input');
    assertNoMaskedSlice(common.input, 'rows', 'input');
    if (holdsClassIndices(common.input, target)) {
      const indices = classIndices(common.input, target, common.ignoreIndex);
      return { ...common, labelSmoothing, target: { indices } };
    }
    if (target.rank !== common.input.rank) wrongTargetRank(common.input, target, true);
    assertClassDistributions(common.input, target);
    return { ...common, labelSmoothing, target: { probabilities: target } };
  },
  terms: (prepared: PreparedCrossEntropy) => 'indices' in prepared.target
    ? crossEntropyWithIndices(prepared.input, prepared.target.indices, prepared)
    : crossEntropyWithProbabilities(prepared.input, prepared.target.probabilities, prepared),
});

export const nllLoss = defineLoss({
  name: 'nll',
  pytorch: 'torch.nn.functional.nll_loss',
  summary: 'Negative log-likelihood of log-probabilities',
  formula: 'loss_i = -w[t_i] input[i, t_i]; "mean" divides by the summed weights of the '
    + 'counted targets.',
  input: { ranks: [1, 2], description: 'Log-probabilities: one row per sample, or one vector.' },
  target: { ranks: [0, 1], description: 'One class index per row of the input (a number for '
    + 'an unbatched vector).' },
  reductions: standardReductions,
  parameters: { weight, ignoreIndex },
  tensorParameters: classWeightFields,
  differences: 'Where PyTorch answers NaN (every target ignored with "mean"), the answer is a '
    + '422.',
  prepare: (body, budget): PreparedNll => {
    const { target, ...common } = decodeClassInput(body, budget);
    if (!holdsClassIndices(common.input, target)) wrongTargetRank(common.input, target, false);
    return { ...common, indices: classIndices(common.input, target, common.ignoreIndex) };
  },
  terms: (prepared: PreparedNll) => nllTerms(prepared.input, prepared.indices, prepared),
});

// The fields nll and cross-entropy share, decoded; the target is left to
// each loss, since only cross-entropy takes probabilities.
function decodeClassInput(
  body: { input: unknown; target: unknown; reduction?: Reduction; weight?: unknown;
    ignoreIndex?: number },
  budget: ElementBudget,
): ClassInput & { target: Tensor } {
  const input = decodeTensor(body.input, '/input', { budget, ranks: [1, 2] });
  return {
    reduction: body.reduction ?? 'mean',
    input,
    target: decodeTensor(body.target, '/target', { budget }),
    weight: decodeClassWeights(body.weight, input, budget),
    ignoreIndex: body.ignoreIndex ?? -100,
  };
}
