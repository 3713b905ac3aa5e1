import { Type, type TObject } from '@sinclair/typebox';
import {
  activate, type Activated, type ScalarActivation,
} from '../../engine/activations/elementwise.js';
import type { Tensor } from '../../engine/tensor.js';
import { ProblemError, problemAt } from '../../errors/problem-error.js';
import { decodeTensor } from '../../wire/decode-tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import type { WireValue } from '../../wire/encode.js';
import { WireMatrix, WireNumber, WireTensor, WireVector } from '../../wire/schemas.js';
import { defineOperation, type AnyOperation } from '../operation.js';
import type { ActivationDefinition } from './definition.js';
import { activationDefinitions } from './definitions.js';

interface ActivationInput {
  x: Tensor;
  activation: ScalarActivation;
  gradient: boolean;
}

type ActivationBody = Record<string, unknown> & { x: unknown; gradient?: boolean };

const xDescription = 'x is a number, a vector or a matrix (rows are a batch); y and the '
  + 'gradient have its shape. "NaN" elements are accepted and give "NaN" at the same place, '
  + 'as PyTorch propagates them; "Infinity" and "-Infinity" give the limits.';

const ActivationResponse = Type.Object({
  y: WireTensor,
  gradient: Type.Optional(Type.Union([WireNumber, WireVector, WireMatrix], {
    description: 'dy/dx elementwise, present when the request asked for it.' })),
}, { additionalProperties: false });

// The body: x, gradient and exactly this function's parameters, each
// optional with its default.
function bodySchema(definition: ActivationDefinition): TObject {
  const parameters = Object.fromEntries(Object.entries(definition.parameters)
    .map(([name, parameter]) => [name, Type.Optional(parameter.schema)]));
  return Type.Object({
    x: Type.Union([WireNumber, WireVector, WireMatrix], { description: xDescription }),
    gradient: Type.Optional(Type.Boolean({ default: false,
      description: 'Also answer gradient = dy/dx elementwise. Default false.' })),
    ...parameters,
  }, { additionalProperties: false });
}

// The parameters with their defaults filled in, each checked against its
// range and then against the rules between them; the problem points at
// the parameters the client sent.
function parameterValues(
  definition: ActivationDefinition, body: ActivationBody,
): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  for (const [name, parameter] of Object.entries(definition.parameters)) {
    const value = (body[name] ?? parameter.default) as number | string;
    const refusal = parameter.refuse(value);
    if (refusal) throw problemAt('domain-error', `/${name}`, refusal);
    values[name] = value;
  }
  const conflict = definition.conflict?.(values);
  if (conflict) {
    const sent = conflict.parameters.filter((name) => body[name] !== undefined);
    throw new ProblemError('domain-error', conflict.message,
      sent.map((name) => ({ pointer: `/${name}`, message: conflict.message })));
  }
  return values;
}

function describe(definition: ActivationDefinition, name: string): string {
  const parameters = Object.entries(definition.parameters)
    .map(([key, p]) => `${key} (default ${JSON.stringify(p.default)}, ${p.range})`);
  return [
    name === definition.name ? '' : `Alias of /activations/${definition.name}.`,
    `${definition.pytorch} in float64, elementwise: y = ${definition.formula}.`,
    `With "gradient": true the answer also holds gradient = dy/dx = ${definition.derivative}.`,
    definition.notes,
    parameters.length > 0 ? `Parameters: ${parameters.join('; ')}; a value of the right `
      + 'type outside its range is a 422 domain-error naming it.' : 'No parameters.',
    xDescription,
  ].filter((text) => text !== '').join(' ');
}

function activationOperations(definition: ActivationDefinition): AnyOperation[] {
  const body = bodySchema(definition);
  return [definition.name, ...definition.aliases].map((name) => defineOperation({
    id: `activations/${name}`,
    path: `/activations/${name}`,
    tags: ['activations'],
    summary: name === definition.name ? `The ${name} activation and its gradient`
      : `${name}, an alias of ${definition.name}`,
    description: describe(definition, name),
    body,
    response: ActivationResponse,
    tensorFields: { x: { ranks: [0, 1, 2], allowNaN: true } },
    binary: { field: 'x' },
    prepare: (request: ActivationBody, budget: ElementBudget): ActivationInput => ({
      x: decodeTensor(request.x, '/x', { budget, allowNaN: true }),
      activation: definition.build(parameterValues(definition, request)),
      gradient: request.gradient === true,
    }),
    compute: ({ x, activation, gradient }: ActivationInput) => activate(activation, x, gradient),
    present: ({ y, gradient }: Activated): WireValue => (gradient ? { y, gradient } : { y }),
  }));
}

// One operation per activation name, aliases included, in catalogue order.
export const activationOperationList: readonly AnyOperation[] =
  activationDefinitions.flatMap(activationOperations);
