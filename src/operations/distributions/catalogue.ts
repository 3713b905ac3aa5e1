import { Type } from '@sinclair/typebox';
import { distributionDefinitions } from './definitions.js';

export const DistributionCatalogueEntry = Type.Object({
  name: Type.String(),
  path: Type.String(),
  summary: Type.String(),
  discrete: Type.Boolean(),
  support: Type.String({ description: 'The support in words, e.g. "[low, high]".' }),
  methods: Type.Array(Type.String()),
  params: Type.Array(Type.Object({
    name: Type.String(),
    description: Type.String(),
    range: Type.String(),
    required: Type.Boolean(),
    default: Type.Optional(Type.Number()),
  })),
});

// Built once from the same table that generates the routes; served by
// GET /distributions and by GraphQL.
export const distributionCatalogue = distributionDefinitions.map((definition) => ({
  name: definition.name,
  path: `/distributions/${definition.name}`,
  summary: definition.summary,
  discrete: definition.discrete,
  support: definition.support,
  methods: definition.discrete
    ? ['pmf', 'logPmf', 'cdf', 'sf', 'quantile', 'sample']
    : ['pdf', 'logPdf', 'cdf', 'sf', 'quantile', 'sample'],
  params: definition.params.map((spec) => ({
    name: spec.name,
    description: spec.description,
    range: spec.rule.text,
    required: spec.default === undefined,
    ...(spec.default !== undefined && { default: spec.default }),
  })),
}));
