import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { problemDetails } from '../errors/problem-error.js';
import { sendProblem } from './send-problem.js';

// A family of named functions served as POST {prefix}/{name}: its catalogue
// at GET {prefix}, and the answer for a name no member has.
export interface CatalogueFamily {
  prefix: string;
  tag: string;
  // What one member is called in the 404's detail: "activation", "loss".
  noun: string;
  summary: string;
  description: string;
  schema: TSchema;
  catalogue: unknown;
  // Every name a route answers to, aliases included.
  names: readonly string[];
}

// Each known name is its own static route (operation-routes.ts), which
// Fastify prefers to the parametric one registered here.
export function catalogueRoutes(family: CatalogueFamily) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(family.prefix, {
      schema: { tags: [family.tag], summary: family.summary,
        description: `${family.description} A POST to a name not listed here (nor an alias) `
          + 'is a 404 unknown-name listing the known ones.',
        response: { 200: family.schema } },
    }, async () => family.catalogue);

    // An unknown name is a 404 whatever the body holds, so the body is not parsed.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, _payload, done) => done(null));

    app.post<{ Params: { name: string } }>(`${family.prefix}/:name`, {
      schema: { hide: true, params: Type.Object({ name: Type.String() }) },
    }, async (request, reply) => sendProblem(reply, problemDetails('unknown-name',
      `no ${family.noun} named ${JSON.stringify(request.params.name)}; known: `
        + `${family.names.join(', ')}`)));
  };
}
