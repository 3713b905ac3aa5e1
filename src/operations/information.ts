import { Type, type Static } from '@sinclair/typebox';
import {
  crossEntropy, entropy, jsDivergence, klDivergence,
} from '../engine/information.js';
import type { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import type { ElementBudget } from '../wire/element-budget.js';
import { WireNumber, WireVector, WireVectorOrMatrix } from '../wire/schemas.js';
import { defineOperation } from './operation.js';
import {
  axiomsDescription, BaseSchema, decodeBase, NormalizeSchema,
} from './information-fields.js';
import { checkDistributions } from './probability-checks.js';

const distribution = (name: string) => Type.Union(WireVectorOrMatrix.anyOf, {
  description: `${name}: a probability vector, or a matrix with one distribution per row.`,
});

const PairBody = Type.Object({
  p: distribution('p'),
  q: distribution('q, the same shape as p'),
  base: BaseSchema,
  normalize: NormalizeSchema,
}, { additionalProperties: false });

const EntropyBody = Type.Object({
  p: distribution('p'),
  base: BaseSchema,
  normalize: NormalizeSchema,
}, { additionalProperties: false });

interface PairInput {
  p: Tensor;
  q: Tensor;
  base: number;
}

type Measure = (p: Tensor, q: Tensor, base: number) => Tensor;

const common = ' One value per row for a matrix, a number for a vector. '
  + axiomsDescription + ' 0 log 0 = 0 (SciPy\'s convention).';

function preparePair(body: Static<typeof PairBody>, budget: ElementBudget): PairInput {
  const p = decodeTensor(body.p, '/p', { budget, ranks: [1, 2] });
  const q = decodeTensor(body.q, '/q', { budget, ranks: [1, 2] });
  if (p.shape.join() !== q.shape.join()) {
    throw problemAt('invalid-tensor', '/q',
      `q must have the shape of p: p is [${p.shape.join(', ')}], q is [${q.shape.join(', ')}]`);
  }
  const rules = { normalize: body.normalize === true, offersNormalize: true };
  return {
    p: checkDistributions(p, 'p', rules),
    q: checkDistributions(q, 'q', rules),
    base: decodeBase(body.base),
  };
}

function pairOperation(name: string, field: string, summary: string, description: string,
  measure: Measure) {
  return defineOperation({
    id: `information/${name}`,
    path: `/information/${name}`,
    tags: ['information'],
    summary,
    description: description + common,
    body: PairBody,
    response: Type.Object({ [field]: Type.Union([WireNumber, WireVector]) },
      { additionalProperties: false }),
    tensorFields: { p: { ranks: [1, 2] }, q: { ranks: [1, 2] } },
    prepare: preparePair,
    compute: ({ p, q, base }: PairInput) => measure(p, q, base),
    present: (value: Tensor) => ({ [field]: value }),
  });
}

export const entropyOperation = defineOperation({
  id: 'information/entropy',
  path: '/information/entropy',
  tags: ['information'],
  summary: 'Shannon entropy of a distribution',
  description: 'H(p) = -sum p log p in the chosen base (scipy.stats.entropy(p)).' + common,
  body: EntropyBody,
  response: Type.Object({ entropy: Type.Union([WireNumber, WireVector]) },
    { additionalProperties: false }),
  tensorFields: { p: { ranks: [1, 2] } },
  prepare: (body: Static<typeof EntropyBody>, budget: ElementBudget): PairInput => {
    const p = checkDistributions(decodeTensor(body.p, '/p', { budget, ranks: [1, 2] }), 'p',
      { normalize: body.normalize === true, offersNormalize: true });
    return { p, q: p, base: decodeBase(body.base) };
  },
  compute: ({ p, base }: PairInput) => entropy(p, base),
  present: (value: Tensor) => ({ entropy: value }),
});

export const crossEntropyOperation = pairOperation('cross-entropy', 'crossEntropy',
  'Cross-entropy between two distributions',
  'H(p, q) = -sum p log q; "Infinity" where q = 0 under p > 0. Between two distributions: '
    + 'for the loss on logits use /losses/cross-entropy.', crossEntropy);

export const klDivergenceOperation = pairOperation('kl-divergence', 'klDivergence',
  'Kullback-Leibler divergence KL(p || q)',
  'KL(p || q) = sum p log(p / q) (scipy.stats.entropy(p, q)); "Infinity" where q = 0 under '
    + 'p > 0. Evaluated without cancellation for close distributions; never negative.',
  klDivergence);

export const jsDivergenceOperation = pairOperation('js-divergence', 'jsDivergence',
  'Jensen-Shannon divergence',
  'JS(p, q) = KL(p || m) / 2 + KL(q || m) / 2 with m = (p + q) / 2: the divergence, between '
    + '0 and log 2 (1 bit), always finite. Not its square root, the distance that '
    + 'scipy.spatial.distance.jensenshannon returns.', jsDivergence);
