import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/schema.js';
import { retryAfterSeconds } from './send-problem.js';

const megabyte = 2 ** 20;

// Sheds load before latency grows without bound: while the event loop lags
// or the heap is nearly full, requests are refused at once with 503
// overloaded (the problem handler shapes the answer). Liveness and metrics
// are exempt, so a busy process is neither mistaken for a dead one nor hidden
// from its monitoring. The per-client rate limit is off unless configured.
export async function registerOverloadProtection(
  app: FastifyInstance, config: Config,
): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedBytes: config.MAX_HEAP_USED_MB * megabyte,
    retryAfter: retryAfterSeconds,
  });

  if (config.RATE_LIMIT_MAX === 0) return;
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    allowList: (request) => request.url.startsWith('/health/') || request.url === '/metrics',
  });
}

// Route options for a route that must answer even under pressure.
export const answersUnderPressure = {
  config: { pressureHandler: () => undefined },
};
