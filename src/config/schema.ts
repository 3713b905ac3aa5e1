import { availableParallelism, hostname } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { Type, type Static } from '@sinclair/typebox';

// Every setting the service reads from its environment. The type is derived
// from this schema and never written out a second time.
const heapLimitMb = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);

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
  // Measured with bench/threshold.ts on a quiet 2-core machine (2 s, 2 rounds,
  // bodies that change from request to request; bench/results/threshold-*.json):
  // pool-only / inline-only throughput of /softmax. JSON: 0.54-0.72 up to
  // 1.9 KB, 0.86 at 5.6 KB, 1.16 at 19 KB, 1.20 at 56 KB, 1.60-1.71 at
  // 188-563 KB. Binary float64: 0.40-0.76 up to 2.4 KB, 1.03 at 8 KB, 1.13 at
  // 24 KB, 1.19-1.23 at 80-240 KB. 8 KiB lies between the last size where the
  // hand-off lost and the first where it clearly won, for both forms.
  INLINE_THRESHOLD_BYTES: Type.Integer({ minimum: 0, default: 8_192,
    description: 'Request bodies smaller than this are computed on the event loop; '
      + 'larger ones go to the pool (see bench/threshold.ts for how it was measured).' }),
  TASK_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 10_000,
    description: 'A pooled computation running longer is aborted with 504.' }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 32 * 1024 * 1024,
    description: 'Largest request body accepted (413 beyond).' }),
  MAX_ELEMENTS: Type.Integer({ minimum: 1, default: 2_097_152,
    description: 'Most tensor elements in one request (413 beyond).' }),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 1, default: 30_000,
    description: 'Time a client has to send a whole request (headers and body); a client '
      + 'that trickles its upload longer is answered 408 and disconnected.' }),
  POOL_WORKER_HEAP_MB: Type.Integer({ minimum: 16, default: 512,
    description: 'Heap limit of each worker thread; a worker that passes it is replaced '
      + 'and its request answered 500 worker-failed.' }),
  MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ minimum: 0, default: 1000,
    description: 'Mean event-loop delay beyond which requests get 503 overloaded (0: off).' }),
  MAX_HEAP_USED_MB: Type.Integer({ minimum: 0, default: Math.floor(heapLimitMb * 0.9),
    description: 'Main-thread heap in use beyond which requests get 503 overloaded (0: off; '
      + 'default: 90% of the V8 heap limit).' }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, default: 0,
    description: 'Requests one client address may make per window (429 beyond; 0: off).' }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1, default: 60_000,
    description: 'Length of the rate-limit window.' }),
  CORS_ORIGINS: Type.String({ default: '',
    description: 'Comma-separated origins allowed to call from a browser, or * for any '
      + '(empty: CORS off).' }),
  SHUTDOWN_DELAY_MS: Type.Integer({ minimum: 0, default: 0,
    description: 'After SIGTERM, how long readiness answers 503 while the listener still '
      + 'accepts, so a load balancer can stop sending traffic first.' }),
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
