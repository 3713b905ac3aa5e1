import { Type, type Static } from '@sinclair/typebox';
import {
  conditionalProbability, independenceTolerance, summarizeJointTable,
  type JointTableSummary,
} from '../engine/joint-table.js';
import { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import type { ElementBudget } from '../wire/element-budget.js';
import { WireMatrix, WireNumber, WireVector } from '../wire/schemas.js';
import { defineOperation } from './operation.js';
import { BaseSchema, decodeBase, NormalizeSchema } from './information-fields.js';
import { checkDistributions, checkProbability } from './probability-checks.js';

const EventForm = Type.Object({
  joint: Type.Number({ description: 'P(A and B), in [0, P(B)].' }),
  marginal: Type.Number({ description: 'P(B), in (0, 1].' }),
}, { title: 'Two events', additionalProperties: false });

const TableForm = Type.Object({
  joint: { ...WireMatrix, description: 'P(X = i, Y = j): rows are the values of X, columns '
    + 'those of Y; non-negative, the whole table summing to 1 within 1e-9.' },
  base: BaseSchema,
  normalize: NormalizeSchema,
}, { title: 'Joint table', additionalProperties: false });

const ConditionalBody = Type.Union([EventForm, TableForm]);

type ConditionalInput =
  | { form: 'events'; joint: number; marginal: number }
  | { form: 'table'; joint: Tensor; base: number };

type ConditionalOutput = { probability: number } | JointTableSummary;

function prepareConditional(
  body: Static<typeof ConditionalBody>, budget: ElementBudget,
): ConditionalInput {
  if (typeof body.joint === 'number') {
    const { joint, marginal } = body as Static<typeof EventForm>;
    checkProbability(joint, '/joint');
    checkProbability(marginal, '/marginal');
    if (marginal === 0) {
      throw problemAt('domain-error', '/marginal',
        'P(B) = 0: a probability conditional on an impossible event is undefined');
    }
    if (joint > marginal) {
      throw problemAt('domain-error', '/joint',
        `P(A and B) = ${joint} cannot exceed P(B) = ${marginal}`);
    }
    return { form: 'events', joint, marginal };
  }
  const table = body as Static<typeof TableForm>;
  const joint = checkDistributions(
    decodeTensor(table.joint, '/joint', { budget, ranks: [2] }), 'joint',
    { whole: true, normalize: table.normalize === true, offersNormalize: true });
  return { form: 'table', joint, base: decodeBase(table.base) };
}

function computeConditional(input: ConditionalInput): ConditionalOutput {
  if (input.form === 'events') {
    return { probability: conditionalProbability(input.joint, input.marginal) };
  }
  return summarizeJointTable(input.joint, input.base);
}

function presentConditional(output: ConditionalOutput) {
  if ('probability' in output) return { ...output };
  const vector = (data: Float64Array) => new Tensor(data, [data.length]);
  return {
    ...output,
    rowMarginals: vector(output.rowMarginals),
    columnMarginals: vector(output.columnMarginals),
  };
}

const indices = (description: string) => Type.Array(Type.Integer({ minimum: 0 }),
  { description });

export const conditionalOperation = defineOperation({
  id: 'probability/conditional',
  path: '/probability/conditional',
  tags: ['probability'],
  summary: 'Conditional probability from a joint and a marginal, or from a joint table',
  description: 'Two forms. Two events: {joint: P(A and B), marginal: P(B)} -> {probability: '
    + 'P(A | B)}; P(B) = 0 or P(A and B) > P(B) is a 422. Joint table: {joint: matrix} -> '
    + 'rowMarginals P(X = i), columnMarginals P(Y = j), rowGivenColumn[i][j] = '
    + 'P(X = i | Y = j) (each column sums to 1), columnGivenRow[i][j] = P(Y = j | X = i) '
    + '(each row sums to 1), mutualInformation I(X; Y) in the chosen base, and independent. '
    + 'Conditioning on a row or column of probability 0 is undefined: those conditionals are '
    + 'given as 0 (never NaN) and the indices are listed in zeroMarginalRows and '
    + 'zeroMarginalColumns. independent is true when every cell satisfies '
    + `|P(Y = j | X = i) - P(Y = j)| <= ${independenceTolerance} * max of the two (relative, `
    + 'the table scaled by its own total), for every row of positive probability.',
  body: ConditionalBody,
  response: Type.Union([
    Type.Object({ probability: WireNumber }, { title: 'Two events',
      additionalProperties: false }),
    Type.Object({
      rowMarginals: WireVector,
      columnMarginals: WireVector,
      rowGivenColumn: WireMatrix,
      columnGivenRow: WireMatrix,
      mutualInformation: WireNumber,
      independent: Type.Boolean(),
      zeroMarginalRows: indices('Rows of probability 0: their conditionals are 0.'),
      zeroMarginalColumns: indices('Columns of probability 0: their conditionals are 0.'),
    }, { title: 'Joint table', additionalProperties: false }),
  ]),
  tensorFields: { joint: { ranks: [0, 2] } },
  prepare: prepareConditional,
  compute: computeConditional,
  present: presentConditional,
});
