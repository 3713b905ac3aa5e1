import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../errors/problem-error.js';
import { distributionDefinitions } from '../operations/distributions/definitions.js';

const CatalogueEntry = Type.Object({
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

// Built once from the same table that generates the routes.
const catalogue = distributionDefinitions.map((definition) => ({
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

const names = distributionDefinitions.map((definition) => definition.name).join(', ');

// GET /distributions, the catalogue, and the answer for a distribution name
// that does not exist. Each known name has its own static route (see
// operation-routes.ts), which Fastify prefers to the parametric one here.
export async function distributionRoutes(app: FastifyInstance): Promise<void> {
  app.get('/distributions', {
    schema: {
      summary: 'The catalogue of distributions',
      description: 'Every distribution with its parameters (defaults and ranges), support, '
        + 'methods and whether it is discrete.',
      tags: ['distributions'],
      response: { 200: Type.Array(CatalogueEntry) },
    },
  }, async () => catalogue);

  app.post('/distributions/:name', {
    schema: { hide: true, params: Type.Object({ name: Type.String() }) },
    // Answered before the body is read: the name alone decides.
    onRequest: async (request) => {
      const { name } = request.params as { name: string };
      throw new ProblemError('unknown-name',
        `no distribution is named ${JSON.stringify(name)}; the known names are ${names}`);
    },
  }, async () => {
    throw new Error('unreachable: onRequest always answers');
  });
}
