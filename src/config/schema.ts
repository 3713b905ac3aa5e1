import { availableParallelism, hostname } from 'node:os';
import { Type, type Static } from '@sinclair/typebox';

// Every setting the service reads from its environment. The type is derived
// from this schema and never written out a second time.
export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000,
    description: 'TCP port to listen on.' }),
  HOST: Type.String({ minLength: 1, default: 'localhost',
    description: 'Interface to bind; 0.0.0.0 in a container.' }),
  LOG_LEVEL: Type.Union([
    Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'),
    Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent'),
  ], { default: 'info', description: 'pino log level.' }),
  POOL_THREADS: Type.Integer({ minimum: 1, maximum: 256, default: availableParallelism(),
    description: 'Worker threads in the compute pool (default: the number of cores).' }),
  POOL_MAX_QUEUE: Type.Integer({ minimum: 1, default: 256,
    description: 'Tasks that may wait for a worker; beyond that requests get 503.' }),
  // Measured with bench/threshold.ts on 2 cores shared with other jobs (load
  // 20-30), two runs: pool-only / inline-only throughput of /softmax. JSON:
  // 0.46-0.90 from 200 B to 19 KB, 0.32 and 0.87 at 56 KB, then 1.20 and
  // 1.45 at 188 KB and 563 KB in one run, 0.85 and 0.82 in the other, when
  // no core was free. Binary float64: 0.39-1.06 up to 80 KB, 0.87-0.99 at
  // 240 KB. Hence 128 KiB: below it the hand-off costs more than the work.
  INLINE_THRESHOLD_BYTES: Type.Integer({ minimum: 0, default: 131_072,
    description: 'Request bodies smaller than this are computed on the event loop; '
      + 'larger ones go to the pool (see bench/threshold.ts for how it was measured).' }),
  TASK_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 10_000,
    description: 'A pooled computation running longer is aborted with 504.' }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 32 * 1024 * 1024,
    description: 'Largest request body accepted (413 beyond).' }),
  MAX_ELEMENTS: Type.Integer({ minimum: 1, default: 2_097_152,
    description: 'Most tensor elements in one request (413 beyond).' }),
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, default: 10_000,
    description: 'How long in-flight requests may take to finish after SIGTERM.' }),
  INSTANCE_ID: Type.String({ minLength: 1, maxLength: 128, pattern: '^[\\w.:-]+$',
    default: hostname(),
    description: 'Names this replica in the x-probity-instance header (default: the host name, '
      + 'which is the container id under Docker).' }),
  NODE_ENV: Type.String({ default: 'development',
    description: 'production turns GraphiQL off unless GRAPHIQL says otherwise.' }),
  GRAPHIQL: Type.Optional(Type.Boolean({
    description: 'Serve GraphiQL at /graphiql (default: on unless NODE_ENV is production).' })),
  GRAPHQL_MAX_DEPTH: Type.Integer({ minimum: 1, default: 8,
    description: 'Deepest selection a GraphQL query may nest.' }),
  GRAPHQL_MAX_FIELDS: Type.Integer({ minimum: 1, default: 200,
    description: 'Most fields one GraphQL operation may resolve, aliases included.' }),
  GRAPHQL_BATCHING: Type.Boolean({ default: false,
    description: 'Accept an array of GraphQL queries in one POST.' }),
});

export type Config = Static<typeof ConfigSchema>;
