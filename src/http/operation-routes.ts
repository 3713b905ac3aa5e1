import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../errors/problem-error.js';
import type { ExecutionRequest, ExecutionResult } from '../operations/execute.js';
import { dispatchSize } from '../operations/dispatch-size.js';
import type { AnyOperation } from '../operations/operation.js';
import { operations } from '../operations/registry.js';
import { ProblemSchema } from '../wire/schemas.js';
import { binaryRouteSchema } from './binary-schema.js';
import './context.js';

const problemContent = { content: { 'application/problem+json': { schema: ProblemSchema } } };
const errorResponses = {
  '4xx': { description: 'Problem details: the request is at fault.', ...problemContent },
  '5xx': { description: 'Problem details: the service is at fault or overloaded.',
    ...problemContent },
};

const octetStream = 'application/octet-stream';

// Registers one POST route per operation. The body reaches the handler as
// raw bytes: parsing, schema validation and the computation happen together
// in execute(), on the event loop for small bodies and in a worker for large
// ones, so big requests spread their JSON work over every core.
export async function operationRoutes(app: FastifyInstance): Promise<void> {
  // typebox schemas, checked by typebox: strict types and no coercion.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  // Only JSON and raw tensors: Fastify's default text/plain parser would
  // otherwise accept a body no operation reads.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', octetStream], { parseAs: 'buffer' },
    (_request, body, done) => done(null, body));

  for (const operation of operations) registerOperation(app, operation);
}

function registerOperation(app: FastifyInstance, operation: AnyOperation): void {
  const jsonSchema = {
    body: operation.body,
    response: { 200: operation.response, ...errorResponses },
  };
  app.post(operation.path, {
    schema: {
      summary: operation.summary,
      description: operation.description,
      tags: [...operation.tags],
      ...(operation.binary ? binaryRouteSchema(operation, operation.binary, jsonSchema)
        : jsonSchema),
    },
    // The schema documents the body; execute() enforces it on the raw bytes.
    validatorCompiler: () => () => true,
  }, (request, reply) => {
    const body = request.body as Buffer;
    const task = executionRequest(operation, request, body);
    const result = app.dispatcher.run(task, dispatchSize(operation, body.byteLength));
    return result instanceof Promise ? result.then((answer) => sendResult(reply, answer))
      : sendResult(reply, result);
  });
}

function executionRequest(
  operation: AnyOperation, request: FastifyRequest, body: Buffer,
): ExecutionRequest {
  if (!request.headers['content-type']?.toLowerCase().startsWith(octetStream)) {
    refuseQueryWithJson(request);
    return { operation: operation.id, body, answer: 'json-text' };
  }
  if (!operation.binary) {
    throw new ProblemError('unsupported-media-type',
      `${operation.path} takes application/json only`);
  }
  // A binary request is answered in binary only when the client asks for it.
  const binaryAnswer = request.headers.accept?.toLowerCase().includes(octetStream) ?? false;
  return { operation: operation.id, body, tensorQuery: request.query as Record<string, unknown>,
    answer: binaryAnswer ? 'binary' : 'json-text' };
}

function sendResult(reply: FastifyReply, result: ExecutionResult): FastifyReply {
  if (!result.ok) throw ProblemError.fromDetails(result.problem);
  if ('json' in result) return reply.type('application/json; charset=utf-8').send(result.json);
  if ('jsonBytes' in result) {
    return reply.type('application/json; charset=utf-8').send(bufferOf(result.jsonBytes));
  }
  if (!('binary' in result)) throw new Error('execute() answered in the wrong form');

  const { bytes, dtype, shape, fields } = result.binary;
  return reply.type(octetStream)
    .header('x-tensor-dtype', dtype)
    .header('x-tensor-shape', shape.join(','))
    .header('x-tensor-fields', fields.join(','))
    .send(bufferOf(bytes));
}

// A Buffer over the same memory: no copy on the way to the socket.
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// The query string carries parameters only beside a binary body; with JSON
// a silently ignored ?temperature=2 would give a wrong answer, so it is refused.
function refuseQueryWithJson(request: FastifyRequest): void {
  const keys = Object.keys((request.query ?? {}) as Record<string, unknown>);
  if (keys.length === 0) return;
  throw new ProblemError('invalid-request', `query parameters (${keys.join(', ')}) are read `
    + 'only with an application/octet-stream body; put them in the JSON body instead');
}
