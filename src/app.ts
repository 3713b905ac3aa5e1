import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config/schema.js';
import type { Lifecycle } from './http/context.js';
import { adviceRoutes } from './http/advice-routes.js';
import { registerAnswerHeaders } from './http/answer-headers.js';
import { registerGraphQL } from './graphql/plugin.js';
import { activationRoutes } from './http/activation-routes.js';
import { refuseEncodedBodies } from './http/content-encoding.js';
import { distributionRoutes } from './http/distribution-routes.js';
import { registerDrainingHeader } from './http/draining.js';
import { healthRoutes } from './http/health.js';
import { lossRoutes } from './http/loss-routes.js';
import { registerMetrics } from './http/metrics-route.js';
import { registerOpenApi } from './http/openapi.js';
import { operationRoutes } from './http/operation-routes.js';
import { registerOverloadProtection } from './http/overload.js';
import { registerProblemHandlers } from './http/problem-handler.js';
import { problemRoutes } from './http/problem-routes.js';
import { RequestLogController, requestId } from './http/request-log.js';
import { ServiceMetrics } from './metrics/service-metrics.js';
import {
  apiSecurityHeaders, pageSecurityHeaders, registerCors,
} from './http/security-headers.js';
import { Dispatcher } from './pool/dispatcher.js';

export interface BuildOptions {
  // Log destination: pino's default (stdout) unless a test passes a stream.
  logStream?: NodeJS.WritableStream;
}

// Builds the service without listening: external plugins, then the
// service's own plugins, then routes. The compute pool lives and dies with
// the app.
export async function buildApp(
  config: Config, options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logStream
      ? { level: config.LOG_LEVEL, stream: options.logStream }
      : { level: config.LOG_LEVEL },
    logController: new RequestLogController(),
    // genReqId reads x-request-id itself: with requestIdHeader set, Fastify
    // would take the header as it came, however long or strange.
    requestIdHeader: false,
    genReqId: (request) => requestId(request.headers['x-request-id']),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Routes validated by Fastify's own ajv (GraphQL's, path parameters) get
    // no coercion either: a number is never quietly turned into a string.
    ajv: { customOptions: { coerceTypes: false } },
    // Node checks request deadlines every connectionsCheckingInterval (30 s
    // by default), which would let a short limit slip by that much.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: { headersTimeout: Math.min(60_000, config.REQUEST_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(1_000, config.REQUEST_TIMEOUT_MS) },
    return503OnClosing: false,
  });

  const lifecycle: Lifecycle = { state: 'starting' };
  const metrics = new ServiceMetrics();
  app.decorate('config', config);
  app.decorate('lifecycle', lifecycle);
  app.decorate('dispatcher', new Dispatcher({
    threads: config.POOL_THREADS,
    maxQueue: config.POOL_MAX_QUEUE,
    inlineThresholdBytes: config.INLINE_THRESHOLD_BYTES,
    taskTimeoutMs: config.TASK_TIMEOUT_MS,
    workerHeapMb: config.POOL_WORKER_HEAP_MB,
    limits: { maxElements: config.MAX_ELEMENTS },
    observe: metrics.observeTask,
    onPoolError: (error) => app.log.error({ err: error }, 'a pool worker failed while idle'),
  }));
  metrics.watchPool(app.dispatcher);

  registerAnswerHeaders(app, { ...apiSecurityHeaders(), 'x-probity-instance': config.INSTANCE_ID },
    [{ prefix: '/docs', headers: pageSecurityHeaders('docs') },
      { prefix: '/graphiql', headers: pageSecurityHeaders('graphiql') }]);
  await registerCors(app, config);
  await registerOverloadProtection(app, config);
  await registerOpenApi(app);
  registerProblemHandlers(app);
  refuseEncodedBodies(app);
  registerDrainingHeader(app);
  registerMetrics(app, metrics);

  await app.register(healthRoutes);
  await app.register(problemRoutes);
  await app.register(operationRoutes);
  await app.register(activationRoutes);
  await app.register(lossRoutes);
  await app.register(adviceRoutes);
  await registerGraphQL(app, config);
  await app.register(distributionRoutes);

  app.addHook('onReady', async () => {
    lifecycle.state = 'ready';
  });
  app.addHook('preClose', async () => {
    lifecycle.state = 'draining';
  });
  app.addHook('onClose', async () => {
    await app.dispatcher.close();
    app.log.info('compute pool closed');
  });
  return app;
}
