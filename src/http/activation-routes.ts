import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { problemDetails } from '../errors/problem-error.js';
import {
  ActivationCatalogue, activationCatalogue, activationNames,
} from '../operations/activations/catalogue.js';
import { sendProblem } from './send-problem.js';

// The activation catalogue, and the answer for a name no activation has.
// Each known name is its own static route (operation-routes.ts), which
// Fastify prefers to the parametric one here.
export async function activationRoutes(app: FastifyInstance): Promise<void> {
  const catalogue = activationCatalogue();
  app.get('/activations', {
    schema: { tags: ['activations'], summary: 'Every activation function',
      description: 'Name, formula, derivative, parameters with defaults and ranges, and '
        + 'whether a gradient is available, for each POST /activations/{name}. A POST to '
        + 'a name not listed here (nor an alias) is a 404 unknown-name listing the known ones.',
      response: { 200: ActivationCatalogue } },
  }, async () => catalogue);

  // An unknown name is a 404 whatever the body holds, so the body is not parsed.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  app.post<{ Params: { name: string } }>('/activations/:name', {
    schema: { hide: true, params: Type.Object({ name: Type.String() }) },
  }, async (request, reply) => sendProblem(reply, problemDetails('unknown-name',
    `no activation named ${JSON.stringify(request.params.name)}; known: `
      + `${activationNames.join(', ')}`)));
}
