import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

const description = [
  'The mathematics of deep-learning outputs over HTTP, in float64, with the semantics of',
  "PyTorch's torch.nn.functional and SciPy.",
  '',
  'Non-finite numbers travel as the strings "NaN", "Infinity" and "-Infinity" in both',
  'directions. Every error is application/problem+json (RFC 9457) with a stable `code` and',
  'JSON Pointers into the request; `type` resolves under /problems.',
  '',
  'Deliberate differences from PyTorch: inputs on which PyTorch returns NaN (an all-masked',
  'softmax row) are answered 422 instead; `dim` takes 0, 1 or -1. Activations accept "NaN"',
  'elements (they stay NaN) and return the exact value where PyTorch loses precision; each',
  'route says where.',
  '',
  'Distributions follow SciPy, except that invalid parameters are a 422 (SciPy answers NaN)',
  'and tails are exact where SciPy rounds them to 0. The one NaN a distribution answers on',
  'purpose is a moment that does not exist ("NaN", e.g. the mean of Student\'s t with',
  'df <= 1, where SciPy says Infinity); an infinite moment is "Infinity".',
].join('\n');

// The OpenAPI document is generated from the routes' typebox schemas and
// served at /openapi.json, with Swagger UI at /docs.
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Probity', version: '0.1.0', description },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true,
    transformStaticCSP: allowPlainHttp });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

// Swagger UI's policy (its own scripts and styles, by hash) minus
// upgrade-insecure-requests, which would break the page on plain http.
function allowPlainHttp(policy: string): string {
  return policy.replace(/\s*upgrade-insecure-requests;?/, '').trim();
}
