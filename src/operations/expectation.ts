import { Type, type Static } from '@sinclair/typebox';
import { expectation, type Moments } from '../engine/expectation.js';
import type { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import type { ElementBudget } from '../wire/element-budget.js';
import { WireNumber, WireVector } from '../wire/schemas.js';
import { defineOperation } from './operation.js';
import { axiomsDescription } from './information-fields.js';
import { checkDistributions } from './probability-checks.js';

const ExpectationBody = Type.Object({
  values: { ...WireVector, description: 'The outcomes x_i: finite numbers.' },
  probabilities: { ...WireVector,
    description: 'P(X = x_i), as long as values; a probability vector.' },
}, { additionalProperties: false });

interface ExpectationInput {
  values: Tensor;
  probabilities: Tensor;
}

function prepareExpectation(
  body: Static<typeof ExpectationBody>, budget: ElementBudget,
): ExpectationInput {
  const values = decodeTensor(body.values, '/values', { budget, ranks: [1] });
  const probabilities = decodeTensor(body.probabilities, '/probabilities',
    { budget, ranks: [1] });
  if (probabilities.data.length !== values.data.length) {
    throw problemAt('invalid-tensor', '/probabilities', `must be as long as values: `
      + `${values.data.length} values, ${probabilities.data.length} probabilities`);
  }
  const infinite = values.data.findIndex((value) => !Number.isFinite(value));
  if (infinite >= 0) {
    throw problemAt('domain-error', `/values/${infinite}`,
      'an outcome must be finite: an infinite value has no finite mean or variance');
  }
  return { values, probabilities: checkDistributions(probabilities, 'probabilities') };
}

export const expectationOperation = defineOperation({
  id: 'probability/expectation',
  path: '/probability/expectation',
  tags: ['probability'],
  summary: 'Mean, variance and standard deviation of a discrete random variable',
  description: 'mean = sum p x; variance is the population variance sum p (x - mean)^2, '
    + 'computed in two passes with a correction (never E[X^2] - E[X]^2), so it is right and '
    + 'non-negative for values like 1e9 + small spreads; std = sqrt(variance). A variance '
    + 'beyond float64 is "Infinity" while std stays finite. ' + axiomsDescription,
  body: ExpectationBody,
  response: Type.Object({ mean: WireNumber, variance: WireNumber, std: WireNumber },
    { additionalProperties: false }),
  tensorFields: { values: { ranks: [1] }, probabilities: { ranks: [1] } },
  prepare: prepareExpectation,
  compute: ({ values, probabilities }: ExpectationInput) =>
    expectation(values.data, probabilities.data),
  present: (moments: Moments) => ({ ...moments }),
});
