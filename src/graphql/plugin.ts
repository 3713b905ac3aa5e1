import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import mercurius from 'mercurius';
import type { Config } from '../config/schema.js';
import { fieldBudget } from './field-budget.js';
import { buildResolvers } from './resolvers/index.js';
import { readSchemaFiles } from './schema-files.js';

export const serviceVersion = '0.1.0';

export function graphiqlEnabled(config: Config): boolean {
  return config.GRAPHIQL ?? config.NODE_ENV !== 'production';
}

// POST /graphql over the same operations as the REST routes, with the
// protections a public endpoint needs: a depth limit, a field budget that
// counts aliases, batching off unless configured, and JIT compilation of
// queries seen before.
export async function registerGraphQL(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(mercurius, {
    schema: readSchemaFiles(),
    resolvers: buildResolvers(serviceVersion),
    path: '/graphql',
    graphiql: graphiqlEnabled(config),
    jit: 1,
    queryDepth: config.GRAPHQL_MAX_DEPTH,
    validationRules: [fieldBudget(config.GRAPHQL_MAX_FIELDS)],
    allowBatchedQueries: config.GRAPHQL_BATCHING,
    additionalRouteOptions: { preValidation: refuseNonStringQuery },
  });
}

// Fastify's validator coerces a scalar query (1) where a string is required,
// and graphql then fails inside with an internal message; refuse it first.
async function refuseNonStringQuery(request: FastifyRequest, reply: FastifyReply) {
  const body = request.body as Record<string, unknown> | null;
  if (request.method !== 'POST' || body === null || typeof body !== 'object') return;
  const queries = Array.isArray(body) ? body : [body];
  const bad = queries.some((item) => item !== null && typeof item === 'object'
    && 'query' in item && typeof (item as { query: unknown }).query !== 'string');
  if (!bad) return;
  return reply.code(400).send({ data: null,
    errors: [{ message: 'query must be a string holding a GraphQL document' }] });
}
