import type { FastifyInstance } from 'fastify';
import type { ServiceMetrics } from '../metrics/service-metrics.js';
import { answersUnderPressure } from './overload.js';

// Times every answer (404s included, under the route "unmatched") and serves
// the registry at /metrics in Prometheus text format. Registered on the root
// instance so that its hook sees every route.
export function registerMetrics(app: FastifyInstance, metrics: ServiceMetrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(request.method, request.routeOptions.url, reply.statusCode,
      reply.elapsedTime / 1000);
    done();
  });

  // Metrics matter most when the service is overloaded, so they still answer.
  app.get('/metrics', {
    ...answersUnderPressure,
    schema: {
      tags: ['operations'],
      summary: 'Prometheus metrics (text exposition format)',
      response: { 200: { description: 'Prometheus text', content: {
        'text/plain': { schema: { type: 'string' } } } } },
    },
  }, async (_request, reply) => {
    const text = await metrics.text();
    return reply.type(metrics.contentType).send(text);
  });
}
