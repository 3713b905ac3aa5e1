import type { FastifyInstance } from 'fastify';

// The headers every answer carries, 404s and problems included, set in one
// synchronous hook: the fixed ones (security headers, the replica's name)
// from a table built at start, then the request id, which is the caller's
// own when it sent a usable one.
export function registerAnswerHeaders(
  app: FastifyInstance, fixed: Readonly<Record<string, string>>,
): void {
  const entries = Object.entries(fixed);
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of entries) reply.header(name, value);
    reply.header('x-request-id', request.id);
    done();
  });
}
