import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ProblemCode } from '../errors/catalogue.js';
import {
  ProblemError, problemDetails, type ProblemDetails, type ProblemPointer,
} from '../errors/problem-error.js';
import { sendProblem } from './send-problem.js';
import './context.js';

declare module 'fastify' {
  interface FastifyRequest {
    // A 5xx cause, kept so the one request log line can carry it.
    failure?: Error;
  }
}

// Fastify's own error codes and the problems they become.
const fastifyCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-request',
  FST_ERR_VALIDATION: 'invalid-request',
};

// Every error leaves as application/problem+json, and none carries a stack
// trace or an internal message: unexpected faults become a bare 500 whose
// details stay in the log under the request id.
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const details = toProblem(error, request);
    return sendProblem(reply, details);
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, problemDetails(
    'not-found', `no route for ${request.method} ${request.url.split('?')[0]}`)));
}

function toProblem(error: FastifyError, request: FastifyRequest): ProblemDetails {
  if (error instanceof ProblemError) {
    if (error.status >= 500) request.failure = error;
    return error.toDetails();
  }

  const code = error.code ? fastifyCodes[error.code] : undefined;
  if (code === 'invalid-request' && error.validation) {
    const errors: ProblemPointer[] = error.validation.map((item) => ({
      pointer: item.instancePath, message: item.message ?? 'invalid',
    }));
    return problemDetails(code, errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('; '),
      errors);
  }
  if (code) return problemDetails(code, fastifyDetail(code, error, request));
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return problemDetails('malformed-json', error.message);
  }

  const status = error.statusCode ?? 500;
  if (status === 429) return problemDetails('rate-limited', 'rate limit reached; see Retry-After');
  if (status === 503) return problemDetails('overloaded', 'the server is under pressure');
  if (status >= 400 && status < 500) return problemDetails('invalid-request', error.message);

  request.failure = error;
  return problemDetails('internal-error', 'an unexpected error occurred; the log has details');
}

// Fastify's messages name the failure but not the remedy; these do.
function fastifyDetail(code: ProblemCode, error: FastifyError, request: FastifyRequest): string {
  if (code === 'unsupported-media-type') {
    const sent = request.headers['content-type'] ?? 'no Content-Type';
    return `${request.method} ${request.url.split('?')[0]} takes application/json `
      + `(or application/octet-stream where binary tensors are offered), not ${sent}`;
  }
  if (code === 'payload-too-large') {
    return `the body is larger than ${request.server.config.BODY_LIMIT_BYTES} bytes `
      + '(BODY_LIMIT_BYTES); send binary tensors or split the batch';
  }
  return error.message;
}
