import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../errors/problem-error.js';
import {
  DistributionCatalogueEntry, distributionCatalogue,
} from '../operations/distributions/catalogue.js';
import { distributionDefinitions } from '../operations/distributions/definitions.js';

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
      response: { 200: Type.Array(DistributionCatalogueEntry) },
    },
  }, async () => distributionCatalogue);

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
