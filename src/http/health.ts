import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { problemDetails } from '../errors/problem-error.js';
import { ProblemSchema } from '../wire/schemas.js';
import { answersUnderPressure } from './overload.js';
import { sendProblem } from './send-problem.js';
import './context.js';

const HealthSchema = Type.Object({ status: Type.String() });

// Liveness says the process answers, even under pressure; readiness says it
// should get traffic, which is false while starting, while draining for
// shutdown and while overloaded.
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health/live', {
    ...answersUnderPressure,
    schema: { tags: ['operations'], summary: 'Liveness probe',
      response: { 200: HealthSchema } },
  }, async () => ({ status: 'ok' }));

  app.get('/health/ready', {
    schema: { tags: ['operations'], summary: 'Readiness probe (503 while starting or draining)',
      response: { 200: HealthSchema, 503: ProblemSchema } },
  }, async (_request, reply) => {
    const state = app.lifecycle.state;
    if (state === 'ready') return { status: 'ready' };
    const code = state === 'draining' ? 'shutting-down' : 'overloaded';
    return sendProblem(reply, problemDetails(code, `the server is ${state}`));
  });
}
