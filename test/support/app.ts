import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type BuildOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';

// A real app, built from the project's own files, with logs silenced unless
// a test asks (a log level and a logStream to read them from); the caller
// closes it. Event-loop shedding is off unless a test turns it on: the suite
// runs many apps on few cores, and a loop lagging behind the test runner
// would turn unrelated tests into 503s.
export async function buildTestApp(
  overrides: Partial<Config> = {}, options: BuildOptions = {},
): Promise<FastifyInstance> {
  const config = loadConfig({}, { LOG_LEVEL: 'silent', POOL_THREADS: 2,
    MAX_EVENT_LOOP_DELAY_MS: 0, ...overrides });
  const app = await buildApp(config, options);
  await app.ready();
  return app;
}

// Builds one app for the whole file and always closes it afterwards.
export function useTestApp(
  overrides: Partial<Config> = {}, options: BuildOptions = {},
): () => FastifyInstance {
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = await buildTestApp(overrides, options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('the test app is not built yet');
    return app;
  };
}

// A listening server on a free loopback port, for end-to-end tests.
export function useListeningApp(overrides: Partial<Config> = {}): () => string {
  let app: FastifyInstance | undefined;
  let origin = '';
  beforeAll(async () => {
    app = await buildTestApp(overrides);
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => origin;
}

export async function postJson(app: FastifyInstance, url: string, body: unknown) {
  const response = await app.inject({ method: 'POST', url, payload: body as object,
    headers: { 'content-type': 'application/json' } });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}
