import type { FastifyInstance } from 'fastify';

// Every answer names the replica that gave it, so that a client behind a
// load balancer (or a test) can tell the replicas apart.
export function registerInstanceHeader(app: FastifyInstance, instanceId: string): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('x-probity-instance', instanceId);
  });
}
