import { describe, expect, it } from 'vitest';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits } from '../../../src/engine/losses/binary.js';
import {
  crossEntropyWithIndices, crossEntropyWithProbabilities, nllTerms,
} from '../../../src/engine/losses/classification.js';
import { klDivergence, poissonNll } from '../../../src/engine/losses/divergence.js';
import {
  elementwiseTerms, reduceLoss, type LossTerms, type Reduction,
} from '../../../src/engine/losses/reduce.js';
import {
  absoluteError, huber, logCosh, smoothL1, squaredError,
} from '../../../src/engine/losses/regression.js';
import type { Tensor } from '../../../src/engine/tensor.js';
import { isLossCase } from '../../support/loss-cases.js';
import { expectClose, loadReference, type ReferenceCase } from '../../support/reference.js';
import { plainLoss, tensorOf } from '../../support/tensor.js';

const reference = loadReference('losses.json');

// Weight-like parameters as the engine takes them: already broadcast to the
// input's shape (a per-class vector repeated on every row).
function broadcast(value: unknown, like: Tensor): Float64Array | undefined {
  if (value === null || value === undefined) return undefined;
  const tensor = tensorOf(value);
  const out = new Float64Array(like.data.length);
  for (let i = 0; i < out.length; i++) out[i] = tensor.data[i % tensor.data.length]!;
  return out;
}

function classWeights(value: unknown): Float64Array | undefined {
  return value === null ? undefined : tensorOf(value).data;
}

// Each reference op as a direct engine call.
const engineCall: Record<string, (x: Tensor, y: Tensor, p: Record<string, unknown>) =>
  LossTerms> = {
  mseLoss: (x, y) => elementwiseTerms(x, y, squaredError),
  l1Loss: (x, y) => elementwiseTerms(x, y, absoluteError),
  huberLoss: (x, y, p) => elementwiseTerms(x, y, (a, b) => huber(a, b, p.delta as number)),
  smoothL1Loss: (x, y, p) => elementwiseTerms(x, y, (a, b) => smoothL1(a, b, p.beta as number)),
  logCosh: (x, y) => elementwiseTerms(x, y, logCosh),
  crossEntropy: (x, y, p) => {
    const options = { weight: classWeights(p.weight), ignoreIndex: p.ignoreIndex as number,
      labelSmoothing: p.labelSmoothing as number };
    return y.rank === x.rank - 1 ? crossEntropyWithIndices(x, y.data, options)
      : crossEntropyWithProbabilities(x, y, options);
  },
  nllLoss: (x, y, p) => nllTerms(x, y.data,
    { weight: classWeights(p.weight), ignoreIndex: p.ignoreIndex as number }),
  binaryCrossEntropy: (x, y, p) => binaryCrossEntropy(x, y, broadcast(p.weight, x)),
  binaryCrossEntropyWithLogits: (x, y, p) => binaryCrossEntropyWithLogits(x, y,
    broadcast(p.weight, x), broadcast(p.posWeight, x)),
  klDiv: (x, y, p) => klDivergence(x, y, p.logTarget as boolean),
  poissonNllLoss: (x, y, p) => poissonNll(x, y, { logInput: p.logInput as boolean,
    full: p.full as boolean, eps: p.eps as number }),
};

function run(c: ReferenceCase): unknown {
  const terms = engineCall[c.op]!(tensorOf(c.input.input), tensorOf(c.input.target), c.params);
  return plainLoss(reduceLoss(terms, c.params.reduction as Reduction));
}

describe('the loss engine against every case of losses.json', () => {
  it('covers every op of the file', () => {
    const ops = new Set(reference.cases.map((c) => c.op));
    expect([...ops].filter((op) => !(op in engineCall))).toEqual([]);
    expect(reference.cases.every(isLossCase)).toBe(true);
  });

  for (const c of reference.cases) {
    // The engine keeps PyTorch's NaN (an all-ignored mean is 0/0); the
    // HTTP layer turns it into a 422.
    it(c.id, () => expectClose(run(c), c.expected.loss, c.tolerance, c.id));
  }
});
