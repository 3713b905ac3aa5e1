import { Type } from '@sinclair/typebox';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits } from '../../engine/losses/binary.js';
import type { Reduction } from '../../engine/losses/reduce.js';
import type { Tensor } from '../../engine/tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import { WireTensor } from '../../wire/schemas.js';
import { assertEach, decodeBroadcast, decodeInputAndTarget, isProbability } from './checks.js';
import { defineLoss, standardReductions } from './define-loss.js';

interface PreparedBinary {
  reduction: Reduction;
  input: Tensor;
  target: Tensor;
  weight: Float64Array | undefined;
  posWeight: Float64Array | undefined;
}

const target = { ranks: [0, 1, 2], description: 'Labels in [0, 1] (soft labels allowed), of '
  + 'the shape of the input.' };

const broadcastHelp = 'A number, one value per column of a matrix input, or the input\'s shape.';

const weight = Type.Optional({ ...WireTensor,
  description: `Rescales each element's loss. ${broadcastHelp} Default: 1.` });

const differences = 'Labels outside [0, 1] are refused with a 422 (PyTorch computes a '
  + 'meaningless loss).';

function prepareBinary(
  body: { input: unknown; target: unknown; reduction?: Reduction; weight?: unknown;
    posWeight?: unknown },
  budget: ElementBudget,
): PreparedBinary {
  const { input, target: labels } = decodeInputAndTarget(body, budget);
  assertEach(labels, 'target', isProbability, 'a label must lie in [0, 1]');
  return {
    reduction: body.reduction ?? 'mean', input, target: labels,
    weight: decodeBroadcast(body.weight, 'weight', input, budget),
    posWeight: decodeBroadcast(body.posWeight, 'posWeight', input, budget),
  };
}

export const binaryCrossEntropyLoss = defineLoss({
  name: 'binary-cross-entropy',
  pytorch: 'torch.nn.functional.binary_cross_entropy',
  summary: 'Binary cross-entropy of probabilities',
  formula: 'loss = -w [y max(log p, -100) + (1 - y) max(log(1 - p), -100)]: each log is '
    + 'clamped at -100 as PyTorch does, so a confident wrong prediction costs 100.',
  input: { ranks: [0, 1, 2], description: 'Predicted probabilities p in [0, 1] (422 outside).' },
  target,
  reductions: standardReductions,
  parameters: { weight },
  tensorParameters: { weight: { ranks: [0, 1, 2] } },
  differences,
  prepare: (body, budget) => {
    const prepared = prepareBinary(body, budget);
    assertEach(prepared.input, 'input', isProbability, 'a probability must lie in [0, 1]');
    return prepared;
  },
  terms: ({ input, target: labels, weight: w }: PreparedBinary) =>
    binaryCrossEntropy(input, labels, w),
});

export const binaryCrossEntropyWithLogitsLoss = defineLoss({
  name: 'binary-cross-entropy-with-logits',
  pytorch: 'torch.nn.functional.binary_cross_entropy_with_logits',
  summary: 'Binary cross-entropy of logits',
  formula: 'loss = -w [pw y log sigmoid(x) + (1 - y) log(1 - sigmoid(x))], computed as '
    + 'max(x, 0) - x y + log1p(exp(-|x|)) (+ (pw - 1) y softplus(-x)) so that no logit '
    + 'overflows.',
  input: { ranks: [0, 1, 2], description: 'Logits x; "Infinity" and "-Infinity" saturate the '
    + 'sigmoid.' },
  target,
  reductions: standardReductions,
  parameters: {
    weight,
    posWeight: Type.Optional({ ...WireTensor, description: 'pw, the weight of positive labels '
      + `(per class: the last axis). ${broadcastHelp} Default: 1.` }),
  },
  tensorParameters: { weight: { ranks: [0, 1, 2] }, posWeight: { ranks: [0, 1, 2] } },
  differences: `${differences} An infinite logit gives 0 or Infinity where PyTorch answers NaN.`,
  prepare: prepareBinary,
  terms: ({ input, target: labels, weight: w, posWeight }: PreparedBinary) =>
    binaryCrossEntropyWithLogits(input, labels, w, posWeight),
});
