import rateLimit from '@fastify/rate-limit';
import underPressure, { TYPE_EVENT_LOOP_DELAY } from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/schema.js';
import { ProblemError } from '../errors/problem-error.js';

const megabyte = 2 ** 20;

// How often under-pressure samples the event loop and the heap.
const sampleIntervalMs = 1000;

// Sheds load before latency grows without bound: while the event loop lags
// or the heap is nearly full, requests are refused at once with 503
// overloaded (the problem handler shapes the answer). Liveness and metrics
// are exempt, so a busy process is neither mistaken for a dead one nor hidden
// from its monitoring. The per-client rate limit is off unless configured.
export async function registerOverloadProtection(
  app: FastifyInstance, config: Config,
): Promise<void> {
  // Starting holds the event loop (modules, schemas, GraphQL) for up to
  // seconds, and the samples taken then measure that, not load: a fresh
  // replica refused its first request with 503 in the container check. Lag
  // counts once a whole sample has been taken after the service was ready.
  let lagCountsFrom = Infinity;
  app.addHook('onReady', async () => {
    lagCountsFrom = Date.now() + 2 * sampleIntervalMs;
  });

  await app.register(underPressure, {
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedBytes: config.MAX_HEAP_USED_MB * megabyte,
    sampleInterval: sampleIntervalMs,
    pressureHandler: (_request, _reply, type) => {
      if (type === TYPE_EVENT_LOOP_DELAY && Date.now() < lagCountsFrom) return;
      return Promise.reject(new ProblemError('overloaded',
        type === TYPE_EVENT_LOOP_DELAY ? 'the event loop is lagging; retry shortly'
          : 'the server is short of memory; retry shortly'));
    },
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
