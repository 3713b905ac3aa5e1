import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { AnyLossDefinition } from './define-loss.js';
import { lossDefinitions } from './index.js';

export const LossCatalogueEntry = Type.Object({
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  path: Type.String({ description: 'POST here with {input, target, reduction?, ...parameters}.' }),
  pytorch: Type.Union([Type.String(), Type.Null()],
    { description: 'The torch.nn.functional function followed; null when there is none.' }),
  summary: Type.String(),
  formula: Type.String(),
  input: Type.String(),
  target: Type.String(),
  reductions: Type.Array(Type.String(), { description: 'The first is the default.' }),
  parameters: Type.Array(Type.Object({
    name: Type.String(),
    description: Type.String(),
    default: Type.Optional(Type.Union([Type.Number(), Type.Boolean()])),
  })),
  differences: Type.Optional(Type.String({
    description: 'Where the service deliberately differs from PyTorch.' })),
});

export type LossCatalogueEntry = Static<typeof LossCatalogueEntry>;

// A catalogue entry, read from the same definition that builds the route:
// parameters, defaults and descriptions come from its body schema.
function catalogueEntry(definition: AnyLossDefinition): LossCatalogueEntry {
  const parameters = Object.entries(definition.parameters).map(([name, schema]: [string,
    TSchema]) => ({
    name,
    description: String(schema.description ?? ''),
    ...(schema.default === undefined ? {} : { default: schema.default as number | boolean }),
  }));
  return {
    name: definition.name,
    aliases: [...(definition.aliases ?? [])],
    path: `/losses/${definition.name}`,
    pytorch: definition.pytorch,
    summary: definition.summary,
    formula: definition.formula,
    input: definition.input.description,
    target: definition.target.description,
    reductions: [...definition.reductions],
    parameters,
    ...(definition.differences ? { differences: definition.differences } : {}),
  };
}

export const lossCatalogue: readonly LossCatalogueEntry[] = lossDefinitions.map(catalogueEntry);
