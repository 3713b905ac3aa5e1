import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config/schema.js';

// An API answers JSON, never pages, so its content policy allows nothing:
// no scripts, no frames, no forms. Swagger UI at /docs sets its own, wider
// policy on its routes (see openapi.ts).
const apiContentPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
};

// Helmet's headers, lower-cased. They depend on its options only, never on
// the request, so helmet runs once here against a response that records
// what it sets, and every answer gets the result (see answer-headers.ts).
// Running helmet's middleware on each request cost about a tenth of a small
// softmax request's CPU time in a profile.
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };

  let failure: unknown;
  const middleware = helmet({
    contentSecurityPolicy: apiContentPolicy,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure as Error;
  return headers;
}

// CORS only for the origins the configuration names (none by default, so
// browsers on other origins are refused by their own same-origin rule).
export async function registerCors(app: FastifyInstance, config: Config): Promise<void> {
  const origins = corsOrigins(config.CORS_ORIGINS);
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}

export function corsOrigins(setting: string): string[] {
  return setting.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
}
