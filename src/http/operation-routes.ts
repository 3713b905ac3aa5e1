import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../errors/problem-error.js';
import type { AnyOperation } from '../operations/operation.js';
import { operations } from '../operations/registry.js';
import { ProblemSchema } from '../wire/schemas.js';
import './context.js';

const errorResponses = {
  '4xx': { ...ProblemSchema, description: 'Problem details (application/problem+json).' },
  '5xx': { ...ProblemSchema, description: 'Problem details (application/problem+json).' },
};

// Registers one POST route per operation. The JSON body reaches the handler
// as raw bytes: parsing, schema validation and the computation happen
// together in execute(), on the event loop for small bodies and in a worker
// for large ones, so big requests spread their JSON work over every core.
export async function operationRoutes(app: FastifyInstance): Promise<void> {
  // typebox schemas, checked by typebox: strict types and no coercion.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  // Only JSON here (binary tensors add their own parser): Fastify's default
  // text/plain parser would otherwise accept a body no operation reads.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' },
    (_request, body, done) => done(null, body));

  for (const operation of operations) registerOperation(app, operation);
}

function registerOperation(app: FastifyInstance, operation: AnyOperation): void {
  app.post(operation.path, {
    schema: {
      summary: operation.summary,
      description: operation.description,
      tags: [...operation.tags],
      body: operation.body,
      response: { 200: operation.response, ...errorResponses },
    },
    // The schema documents the body; execute() enforces it on the raw bytes.
    validatorCompiler: () => () => true,
  }, async (request, reply) => {
    const body = request.body as Buffer;
    const result = await app.dispatcher.run(
      { operation: operation.id, body, answer: 'json-text' }, body.byteLength);
    if (!result.ok) throw ProblemError.fromDetails(result.problem);
    if (!('json' in result)) throw new Error('execute() answered in the wrong form');
    return reply.type('application/json; charset=utf-8').send(result.json);
  });
}
