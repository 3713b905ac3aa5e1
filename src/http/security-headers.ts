import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
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

// Helmet's headers on every answer, and CORS only for the origins the
// configuration names (none by default, so browsers on other origins are
// refused by their own same-origin rule).
export async function registerSecurityHeaders(
  app: FastifyInstance, config: Config,
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: apiContentPolicy,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });

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
