import { Type } from '@sinclair/typebox';
import { klDivergence, poissonNll, type PoissonOptions } from '../../engine/losses/divergence.js';
import type { Reduction } from '../../engine/losses/reduce.js';
import type { Tensor } from '../../engine/tensor.js';
import {
  assertEach, assertParameter, decodeInputAndTarget, isNonNegative,
} from './checks.js';
import { defineLoss, standardReductions } from './define-loss.js';

interface PreparedPair {
  reduction: Reduction;
  input: Tensor;
  target: Tensor;
}

export const klDivLoss = defineLoss({
  name: 'kl-div',
  pytorch: 'torch.nn.functional.kl_div',
  summary: 'Kullback-Leibler divergence loss',
  formula: 'Pointwise p (log p - input), p the target (or exp(target) with logTarget). '
    + '"mean" divides by the element count; "batchmean" by the size of the first axis (the '
    + 'number of rows; for a vector its length, as in PyTorch), which gives KL(p || q) per '
    + 'sample.',
  input: { ranks: [0, 1, 2], description: 'Log-probabilities log q.' },
  target: { ranks: [0, 1, 2], description: 'Probabilities p >= 0 (or log p with logTarget), '
    + 'of the shape of the input.' },
  reductions: [...standardReductions, 'batchmean'],
  parameters: {
    logTarget: Type.Optional(Type.Boolean({ default: false,
      description: 'Whether the target holds log-probabilities.' })),
  },
  differences: 'A target of 0 contributes 0 even against an input of -Infinity (0 log 0 = 0; '
    + 'PyTorch answers NaN).',
  prepare: (body, budget) => {
    const pair = decodeInputAndTarget(body, budget);
    const logTarget = body.logTarget ?? false;
    if (!logTarget) assertEach(pair.target, 'target', isNonNegative, 'a probability must be >= 0');
    return { ...pair, reduction: body.reduction ?? 'mean', logTarget };
  },
  terms: (prepared: PreparedPair & { logTarget: boolean }) =>
    klDivergence(prepared.input, prepared.target, prepared.logTarget),
});

export const poissonNllLoss = defineLoss({
  name: 'poisson-nll',
  pytorch: 'torch.nn.functional.poisson_nll_loss',
  summary: 'Poisson negative log-likelihood',
  formula: 'exp(input) - target input with logInput, else input - target log(input + eps); '
    + 'full adds Stirling\'s term target log target - target + 0.5 log(2 pi target) where '
    + 'target > 1.',
  input: { ranks: [0, 1, 2], description: 'Log-rates (logInput) or rates >= 0.' },
  target: { ranks: [0, 1, 2], description: 'Counts >= 0, of the shape of the input.' },
  reductions: standardReductions,
  parameters: {
    logInput: Type.Optional(Type.Boolean({ default: true,
      description: 'Whether the input holds log-rates rather than rates.' })),
    full: Type.Optional(Type.Boolean({ default: false,
      description: 'Add Stirling\'s approximation of log(target!).' })),
    eps: Type.Optional(Type.Number({ default: 1e-8,
      description: 'Added to a rate before its log when logInput is false; must be >= 0.' })),
  },
  differences: 'Negative counts, and negative rates when logInput is false, are refused with '
    + 'a 422.',
  prepare: (body, budget) => {
    const options = { logInput: body.logInput ?? true, full: body.full ?? false,
      eps: body.eps ?? 1e-8 };
    assertParameter(options.eps, 'eps', isNonNegative, 'must be >= 0');
    const pair = decodeInputAndTarget(body, budget);
    assertEach(pair.target, 'target', isNonNegative, 'a count must be >= 0');
    if (!options.logInput) assertEach(pair.input, 'input', isNonNegative, 'a rate must be >= 0');
    return { ...pair, reduction: body.reduction ?? 'mean', options };
  },
  terms: (prepared: PreparedPair & { options: PoissonOptions }) =>
    poissonNll(prepared.input, prepared.target, prepared.options),
});
