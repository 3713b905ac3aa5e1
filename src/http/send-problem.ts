import type { FastifyReply } from 'fastify';
import type { ProblemDetails } from '../errors/problem-error.js';

// Seconds a client should wait before retrying an overloaded or
// rate-limited request.
export const retryAfterSeconds = 1;

export function sendProblem(reply: FastifyReply, details: ProblemDetails): FastifyReply {
  if ((details.status === 503 || details.status === 429) && !reply.hasHeader('retry-after')) {
    reply.header('retry-after', String(retryAfterSeconds));
  }
  return reply
    .code(details.status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(details));
}
