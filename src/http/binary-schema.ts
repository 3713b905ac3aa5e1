import { Type, type TSchema } from '@sinclair/typebox';
import { binaryQuerySchema } from '../operations/binary-body.js';
import type { AnyOperation, BinaryTensorSpec } from '../operations/operation.js';

const RawTensor = Type.String({ format: 'binary', description: 'Little-endian float32 or '
  + 'float64 values, row-major; dtype and shape in the query string.' });

const RawAnswer = Type.String({ format: 'binary', description: 'The answer tensors one after '
  + 'the other in the request\'s dtype (x-tensor-fields names them in order, x-tensor-shape '
  + 'and x-tensor-dtype say how to read them). Only for a binary request that sends '
  + 'Accept: application/octet-stream; otherwise the answer is JSON.' });

interface JsonRouteSchema {
  body: TSchema;
  response: { 200: TSchema } & Record<string, unknown>;
}

// The OpenAPI description of a route that also takes a raw tensor: the body
// and the 200 answer in both media types, and the query string a binary
// body comes with (refused beside a JSON body).
export function binaryRouteSchema(
  operation: AnyOperation, spec: BinaryTensorSpec, json: JsonRouteSchema,
): Record<string, unknown> {
  const { 200: ok, ...errors } = json.response;
  return {
    querystring: binaryQuerySchema(operation, spec),
    body: { content: {
      'application/json': { schema: json.body },
      'application/octet-stream': { schema: RawTensor },
    } },
    response: { 200: { description: 'The answer.', content: {
      'application/json': { schema: ok },
      'application/octet-stream': { schema: RawAnswer },
    } }, ...errors },
  };
}
