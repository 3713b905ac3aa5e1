import { Type } from '@sinclair/typebox';
import { elementwiseTerms, type Reduction } from '../../engine/losses/reduce.js';
import {
  absoluteError, huber, logCosh, smoothL1, squaredError,
} from '../../engine/losses/regression.js';
import type { Tensor } from '../../engine/tensor.js';
import { assertParameter, decodeInputAndTarget } from './checks.js';
import { defineLoss, standardReductions } from './define-loss.js';

interface PreparedRegression {
  reduction: Reduction;
  input: Tensor;
  target: Tensor;
  // delta or beta, for the losses that switch from quadratic to linear.
  threshold: number;
}

interface Description {
  name: string;
  aliases?: readonly string[];
  pytorch: string | null;
  summary: string;
  formula: string;
}

// Where a regression loss switches from quadratic to linear, and the
// values it may take.
interface Threshold {
  name: 'delta' | 'beta';
  minimum: number;
  inclusive: boolean;
}

const input = { ranks: [0, 1, 2], description: 'Predictions: a number, a vector or a matrix.' };
const target = { ranks: [0, 1, 2], description: 'Targets, of the shape of the input.' };

// The regression losses differ only in their pointwise function and, for
// huber and smooth-l1, one threshold parameter (default 1).
function regressionLoss(
  description: Description, loss: (x: number, y: number, threshold: number) => number,
  threshold?: Threshold,
) {
  const bound = threshold && `${threshold.inclusive ? '>=' : '>'} ${threshold.minimum}`;
  const accepts = (value: number) => threshold!.inclusive
    ? value >= threshold!.minimum : value > threshold!.minimum;
  return defineLoss({
    ...description, input, target,
    reductions: standardReductions,
    parameters: threshold ? {
      [threshold.name]: Type.Optional(Type.Number({ default: 1, description: 'Where the loss '
        + `turns from quadratic to linear; must be ${bound} (422 otherwise).` })),
    } : {},
    prepare: (body, budget): PreparedRegression => {
      const value = threshold ? body[threshold.name] ?? 1 : 0;
      if (threshold) assertParameter(value, threshold.name, accepts, `must be ${bound}`);
      return { ...decodeInputAndTarget(body, budget), reduction: body.reduction ?? 'mean',
        threshold: value };
    },
    terms: (prepared: PreparedRegression) => elementwiseTerms(prepared.input, prepared.target,
      (x, y) => loss(x, y, prepared.threshold)),
  });
}

export const mseLoss = regressionLoss({ name: 'mse', pytorch: 'torch.nn.functional.mse_loss',
  summary: 'Mean squared error', formula: 'loss = (input - target)^2 elementwise.' },
squaredError);

export const l1Loss = regressionLoss({ name: 'l1', aliases: ['mae'],
  pytorch: 'torch.nn.functional.l1_loss', summary: 'Mean absolute error',
  formula: 'loss = |input - target| elementwise.' }, absoluteError);

export const huberLoss = regressionLoss({ name: 'huber',
  pytorch: 'torch.nn.functional.huber_loss', summary: 'Huber loss',
  formula: 'With z = |input - target|: 0.5 z^2 where z < delta, else delta (z - 0.5 delta).' },
huber, { name: 'delta', minimum: 0, inclusive: false });

export const smoothL1Loss = regressionLoss({ name: 'smooth-l1',
  pytorch: 'torch.nn.functional.smooth_l1_loss', summary: 'Smooth L1 loss',
  formula: 'With z = |input - target|: 0.5 z^2 / beta where z < beta, else z - 0.5 beta '
    + '(huber / beta); beta = 0 is the L1 loss.' },
smoothL1, { name: 'beta', minimum: 0, inclusive: true });

export const logCoshLoss = regressionLoss({ name: 'log-cosh', pytorch: null,
  summary: 'Log-cosh loss', formula: 'loss = log(cosh(input - target)) elementwise, without '
    + 'overflow for differences beyond 710 (no PyTorch builtin: the exact value).' }, logCosh);
