import type { FastifyInstance } from 'fastify';
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
  // GraphiQL's page and static files are not part of the API: keep them out
  // of the OpenAPI document.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/graphiql')) route.schema = { ...route.schema, hide: true };
  });

  await app.register(mercurius, {
    schema: readSchemaFiles(),
    resolvers: buildResolvers(serviceVersion),
    path: '/graphql',
    graphiql: graphiqlEnabled(config),
    jit: 1,
    queryDepth: config.GRAPHQL_MAX_DEPTH,
    validationRules: [fieldBudget(config.GRAPHQL_MAX_FIELDS)],
    allowBatchedQueries: config.GRAPHQL_BATCHING,
  });
}

