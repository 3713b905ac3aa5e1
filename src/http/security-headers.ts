import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config/schema.js';

// An API answers JSON, never pages, so its content policy allows nothing:
// no scripts, no frames, no forms.
const apiContentPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
};

// GraphiQL's page runs its own scripts and loads React and GraphiQL from
// unpkg.com (mercurius's build, which also injects styles); its service
// worker caches those files, hence connect-src.
const graphiqlContentPolicy = {
  useDefaults: false,
  directives: {
    ...apiContentPolicy.directives,
    scriptSrc: ["'self'", 'https://unpkg.com'],
    styleSrc: ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
    fontSrc: ["'self'", 'data:', 'https://unpkg.com'],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", 'https://unpkg.com'],
    workerSrc: ["'self'"],
  },
};

// The headers that only mean something for a page a browser renders
// (opener and agent isolation, DNS prefetching, old IE and Flash switches):
// pages get them, JSON and binary answers do not. Each header costs the
// server and every client on every answer (bench: the echo with Probity's
// headers).
const pageOnlyHeaders = {
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
} as const;

// Headers for API answers: content policy, resource policy, HSTS, nosniff,
// frame denial and no referrer, the set recommended for REST services.
export function apiSecurityHeaders(): Record<string, string> {
  return helmetHeaders({
    ...pageOnlyHeaders,
    contentSecurityPolicy: apiContentPolicy,
    crossOriginResourcePolicy: { policy: 'same-site' },
    xFrameOptions: { action: 'deny' },
  });
}

// Headers for the pages Probity serves: helmet's full set. Swagger UI at
// /docs replaces the content policy with its own (see openapi.ts); GraphiQL
// gets the policy above.
export function pageSecurityHeaders(page: 'docs' | 'graphiql'): Record<string, string> {
  return helmetHeaders({
    contentSecurityPolicy: page === 'graphiql' ? graphiqlContentPolicy : apiContentPolicy,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}

// Helmet's headers, lower-cased. They depend on its options only, never on
// the request, so helmet runs once here against a response that records
// what it sets, and every answer gets the result (see answer-headers.ts).
// Running helmet's middleware on each request cost about a tenth of a small
// softmax request's CPU time in a profile.
function helmetHeaders(options: HelmetOptions): Record<string, string> {
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
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse,
    (error?: unknown) => {
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
