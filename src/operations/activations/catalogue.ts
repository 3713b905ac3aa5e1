import { Type, type Static } from '@sinclair/typebox';
import { activationDefinitions } from './definitions.js';

const CatalogueParameter = Type.Object({
  name: Type.String(),
  type: Type.Union([Type.Literal('number'), Type.Literal('string')]),
  default: Type.Union([Type.Number(), Type.String()]),
  range: Type.String({ description: 'Values outside it are a 422 domain-error.' }),
  description: Type.String(),
});

export const ActivationCatalogue = Type.Array(Type.Object({
  name: Type.String(),
  path: Type.String(),
  aliases: Type.Array(Type.String()),
  pytorch: Type.String({ description: 'The PyTorch function whose semantics it follows.' }),
  formula: Type.String(),
  derivative: Type.String(),
  gradient: Type.Boolean({ description: 'Whether "gradient": true is available.' }),
  notes: Type.String(),
  parameters: Type.Array(CatalogueParameter),
}), { description: 'Every activation function, with its parameters.' });

// The catalogue, built from the same definitions as the routes. Every
// engine activation has a derivative, so a gradient is always available.
export function activationCatalogue(): Static<typeof ActivationCatalogue> {
  return activationDefinitions.map((definition) => ({
    name: definition.name,
    path: `/activations/${definition.name}`,
    aliases: [...definition.aliases],
    pytorch: definition.pytorch,
    formula: definition.formula,
    derivative: definition.derivative,
    gradient: true,
    notes: definition.notes,
    parameters: Object.entries(definition.parameters).map(([name, parameter]) => ({
      name,
      type: typeof parameter.default === 'number' ? 'number' as const : 'string' as const,
      default: parameter.default,
      range: parameter.range,
      description: parameter.schema.description ?? '',
    })),
  }));
}

// Every name a route answers to, aliases included.
export const activationNames: readonly string[] = activationDefinitions
  .flatMap((definition) => [definition.name, ...definition.aliases]);
