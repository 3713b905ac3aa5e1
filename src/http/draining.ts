import type { FastifyInstance } from 'fastify';
import './context.js';

// While draining, every answer closes its connection. A keep-alive
// connection whose request was in flight when draining began would otherwise
// sit idle until keepAliveTimeout (72 s in Fastify) and hold the shutdown
// past its grace period.
export function registerDrainingHeader(app: FastifyInstance): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (app.lifecycle.state === 'draining') reply.header('connection', 'close');
    done(null, payload);
  });
}
