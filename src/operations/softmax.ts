import { Type, type Static } from '@sinclair/typebox';
import { logSoftmax, softmax, type SoftmaxOptions } from '../engine/softmax.js';
import type { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import type { ElementBudget } from '../wire/element-budget.js';
import { WireMatrix, WireVector, WireVectorOrMatrix } from '../wire/schemas.js';
import { assertNoMaskedSlice, assertNoPositiveInfinity } from './logit-checks.js';
import { defineOperation } from './operation.js';

export const SoftmaxBody = Type.Object({
  logits: WireVectorOrMatrix,
  temperature: Type.Optional(Type.Number({ default: 1,
    description: 'Divides the logits first; must be > 0 (422 otherwise). Default 1.' })),
  dim: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(-1)], {
    default: -1,
    description: 'Axis to normalise: -1 (default) is the last axis; for a vector only 0 '
      + 'and -1 exist, as in PyTorch.' })),
}, { additionalProperties: false });

type SoftmaxRequest = Static<typeof SoftmaxBody>;

interface SoftmaxInput {
  logits: Tensor;
  options: SoftmaxOptions;
}

const logitsDescription = 'Logits: a vector or a matrix with one sample per row. '
  + '"-Infinity" masks a token (probability 0); "Infinity" and "NaN" are refused.';

// Decodes the logits and checks what the mathematics needs: a positive
// temperature, an axis the tensor has, no +Infinity, and at least one
// unmasked entry in every slice that is normalised.
function prepareSoftmax(body: SoftmaxRequest, budget: ElementBudget): SoftmaxInput {
  const logits = decodeTensor(body.logits, '/logits', { budget, ranks: [1, 2] });
  const temperature = body.temperature ?? 1;
  const dim = body.dim ?? -1;

  if (!(temperature > 0)) {
    throw problemAt('domain-error', '/temperature', `must be > 0, got ${temperature}`);
  }
  if (logits.rank === 1 && dim === 1) {
    throw problemAt('invalid-tensor', '/dim', 'a vector has one axis: dim must be 0 or -1');
  }
  const axis = logits.rank === 2 && dim === 0 ? 'columns' : 'rows';

  assertNoPositiveInfinity(logits);
  assertNoMaskedSlice(logits, axis);
  return { logits, options: { axis, temperature } };
}

export const softmaxOperation = defineOperation({
  id: 'softmax',
  path: '/softmax',
  tags: ['softmax'],
  summary: 'Softmax of logits',
  description: 'torch.nn.functional.softmax(logits / temperature, dim) in float64. '
    + logitsDescription,
  body: SoftmaxBody,
  response: Type.Object({ probabilities: WireVectorOrMatrix }, { additionalProperties: false }),
  tensorFields: { logits: { ranks: [1, 2] } },
  binary: { field: 'logits' },
  prepare: prepareSoftmax,
  // The decoded logits belong to this request alone, so they are normalised
  // in place: no second array of the same size to allocate and fill.
  compute: ({ logits, options }: SoftmaxInput) => softmax(logits, options, logits.data),
  present: (probabilities: Tensor) => ({ probabilities }),
});

export const logSoftmaxOperation = defineOperation({
  id: 'log-softmax',
  path: '/log-softmax',
  tags: ['softmax'],
  summary: 'Log-softmax of logits',
  description: 'torch.nn.functional.log_softmax(logits / temperature, dim) in float64, by '
    + 'log-sum-exp; a masked logit gives "-Infinity". ' + logitsDescription,
  body: SoftmaxBody,
  response: Type.Object({ logProbabilities: Type.Union([WireVector, WireMatrix]) },
    { additionalProperties: false }),
  tensorFields: { logits: { ranks: [1, 2] } },
  binary: { field: 'logits' },
  prepare: prepareSoftmax,
  compute: ({ logits, options }: SoftmaxInput) => logSoftmax(logits, options, logits.data),
  present: (logProbabilities: Tensor) => ({ logProbabilities }),
});
