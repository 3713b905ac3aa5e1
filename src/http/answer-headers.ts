import type { FastifyInstance } from 'fastify';

export interface PageHeaders {
  // Every path that starts with it is a page: /docs/, /graphiql, /graphiql/main.js.
  prefix: string;
  headers: Readonly<Record<string, string>>;
}

// The headers every answer carries, 404s and problems included, set in one
// synchronous hook: the fixed ones (security headers, the replica's name)
// from tables built at start, a page's own under its prefix, then the
// request id, which is the caller's own when it sent a usable one.
export function registerAnswerHeaders(
  app: FastifyInstance, fixed: Readonly<Record<string, string>>, pages: readonly PageHeaders[],
): void {
  const apiEntries = Object.entries(fixed);
  const pageEntries = pages.map((page) => ({ prefix: page.prefix,
    entries: Object.entries({ ...fixed, ...page.headers }) }));
  app.addHook('onRequest', (request, reply, done) => {
    const page = pageEntries.find((candidate) => request.url.startsWith(candidate.prefix));
    for (const [name, value] of page?.entries ?? apiEntries) reply.header(name, value);
    reply.header('x-request-id', request.id);
    done();
  });
}
