import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import './http/context.js';

// Drains the app before the process stops. Readiness answers 503 at once;
// for SHUTDOWN_DELAY_MS the listener still accepts, so that a load balancer
// polling readiness stops sending traffic before connections are refused.
// Then the listener closes, idle connections are dropped, requests in flight
// finish (answered with Connection: close) and the pool closes.
export async function drain(app: FastifyInstance): Promise<void> {
  app.lifecycle.state = 'draining';
  if (app.config.SHUTDOWN_DELAY_MS > 0) await sleep(app.config.SHUTDOWN_DELAY_MS);
  await app.close();
}
