import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { problemCatalogue } from '../../src/errors/catalogue.js';
import { useTestApp } from '../support/app.js';
import {
  exampleOf, hostileBodies, type HostileBody, type JsonSchema,
} from '../support/hostile.js';

const limits = { bodyLimitBytes: 64 * 1024, maxElements: 4096 };
const app = useTestApp({ POOL_THREADS: 1, INLINE_THRESHOLD_BYTES: 4096,
  BODY_LIMIT_BYTES: limits.bodyLimitBytes, MAX_ELEMENTS: limits.maxElements });

interface Route {
  path: string;
  seed: unknown;
}

// Every POST route the OpenAPI document lists, so that routes added later
// are fuzzed without touching this file, each with a seed body built from
// its JSON schema.
function postRoutes(): Route[] {
  const document = app().swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const post = item.post as { requestBody?: { content?: Record<string, unknown> } } | undefined;
    const json = post?.requestBody?.content?.['application/json'] as { schema?: JsonSchema };
    if (!post || !json?.schema) return [];
    return [{ path, seed: exampleOf(json.schema) }];
  });
}

const stackOrPath = /\.(?:ts|js):\d+|node_modules|\/src\/|\bat (?:async )?\S+ \(/;

// Walks an answer: a number's place never holds null.
function nulls(value: unknown, pointer = ''): string[] {
  if (value === null) return [pointer || '/'];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => nulls(item, `${pointer}/${key}`));
}

// A hostile request may be refused (4xx problem+json) or, rarely, be valid
// after all; it is never a 5xx, never malformed, never leaks a stack or a
// path. GraphQL refuses in its own shape ({data: null, errors}).
function checkAnswer(route: Route, body: HostileBody, response: LightMyRequestResponse): void {
  const where = `${route.path} with ${body.what}: ${response.statusCode} ${response.body
    .slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  expect(response.body, where).not.toMatch(stackOrPath);
  const contentType = String(response.headers['content-type']);

  // GraphQL answers in its own shape: errors beside a null data member.
  if (route.path === '/graphql' && /^application\/json/.test(contentType)) {
    const answer = response.json();
    if (answer.errors !== undefined) {
      expect(Array.isArray(answer.errors), where).toBe(true);
      return;
    }
  }
  if (response.statusCode < 300) {
    // GraphQL takes fields REST refuses (extensions), so only REST must refuse.
    expect(body.mustRefuse && route.path !== '/graphql', `${where} was accepted`).toBe(false);
    expect(contentType, where).toMatch(/^application\/json/);
    expect(nulls(response.json()), where).toEqual([]);
    return;
  }

  expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem.status, where).toBe(response.statusCode);
  expect(Object.keys(problemCatalogue), where).toContain(problem.code);
  expect(problem.type, where).toBe(`/problems/${problem.code}`);
  expect(typeof problem.title === 'string' && typeof problem.detail === 'string', where)
    .toBe(true);
  if ([400, 422].includes(problem.status) || problem.code === 'too-many-elements') {
    expect(problem.errors?.length, where).toBeGreaterThan(0);
    for (const error of problem.errors) expect(error.pointer, where).toMatch(/^(?:\/[^/]*)*$/);
  }
}

function seedBody(route: Route): HostileBody {
  return { what: 'its seed', contentType: 'application/json',
    payload: JSON.stringify(route.seed), mustRefuse: false };
}

function send(server: FastifyInstance, path: string, body: HostileBody) {
  const answer = server.inject({ method: 'POST', url: path, payload: body.payload,
    headers: { 'content-type': body.contentType } });
  const timeout = new Promise<never>((_, reject) => setTimeout(
    () => reject(new Error(`no answer within 10 s: ${path} with ${body.what}`)), 10_000).unref());
  return Promise.race([answer, timeout]);
}

async function expectStillServing(server: FastifyInstance): Promise<void> {
  const response = await server.inject({ method: 'POST', url: '/softmax',
    payload: '{"logits":[0,0]}', headers: { 'content-type': 'application/json' } });
  expect(response.json()).toEqual({ probabilities: [0.5, 0.5] });
}

describe('every POST route under hostile bodies', () => {
  it('answers each with a 4xx problem, never a 5xx, and keeps serving', async () => {
    const routes = postRoutes();
    expect(routes.map((route) => route.path)).toContain('/softmax');
    const seedAnswers = await Promise.all(routes.map((route) => send(app(), route.path,
      seedBody(route))));

    const cases = fc.constantFrom(...routes).chain((route) =>
      hostileBodies(route.seed, limits).map((body) => ({ route, body })));
    await fc.assert(fc.asyncProperty(cases, async ({ route, body }) => {
      checkAnswer(route, body, await send(app(), route.path, body));
      await expectStillServing(app());
    }), { seed: 20_261_204, numRuns: Math.max(600, routes.length * 25), endOnFailure: true });

    // Nothing the fuzzing did changed how the seeds are answered.
    const again = await Promise.all(routes.map((route) => send(app(), route.path,
      seedBody(route))));
    expect(again.map((answer) => answer.statusCode))
      .toEqual(seedAnswers.map((answer) => answer.statusCode));
  }, 120_000);
});
