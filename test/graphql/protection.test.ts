import { describe, expect, it } from 'vitest';
import { buildTestApp, useListeningApp, useTestApp } from '../support/app.js';
import { graphql } from '../support/graphql.js';

describe('GraphQL protections', () => {
  const app = useTestApp({ GRAPHQL_MAX_DEPTH: 6, GRAPHQL_MAX_FIELDS: 200 });

  it('refuses a query nested deeper than the limit', async () => {
    const deep = '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }';
    const answer = await graphql(app(), deep);
    expect(answer.data ?? null).toBeNull();
    expect(JSON.stringify(answer.errors)).toMatch(/depth/i);
  });

  it('refuses a query of 1,000 aliases before running any of them', async () => {
    const aliases = Array.from({ length: 1000 },
      (_, i) => `a${i}: softmax(logits: [1, 2]) { probabilities }`).join(' ');
    const answer = await graphql(app(), `{ ${aliases} }`);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toMatch(/more than 200 fields/);
  });

  it('counts a fragment each time it is spread', async () => {
    const spreads = Array.from({ length: 150 }, (_, i) => `a${i}: softmax(logits: [1]) { ...p }`);
    const query = `{ ${spreads.join(' ')} } fragment p on SoftmaxResult { probabilities }`;
    const answer = await graphql(app(), query);
    expect(answer.errors?.[0]?.message).toMatch(/more than 200 fields/);
  });

  it('answers a query within the budget', async () => {
    const aliases = Array.from({ length: 50 },
      (_, i) => `a${i}: softmax(logits: [1, 1]) { probabilities }`).join(' ');
    const answer = await graphql(app(), `{ ${aliases} }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a49).toEqual({ probabilities: [0.5, 0.5] });
  });

  it('refuses batched queries unless configured', async () => {
    const batch = [{ query: '{ service { name } }' }, { query: '{ service { version } }' }];
    const refused = await app().inject({ method: 'POST', url: '/graphql', payload: batch });
    expect(refused.statusCode).toBe(400);

    const batching = await buildTestApp({ GRAPHQL_BATCHING: true });
    try {
      const accepted = await batching.inject({ method: 'POST', url: '/graphql', payload: batch });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toHaveLength(2);
    } finally {
      await batching.close();
    }
  });
});

describe('GraphiQL', () => {
  it('is served when configured and absent when not', async () => {
    const on = await buildTestApp({ GRAPHIQL: true });
    const off = await buildTestApp({ NODE_ENV: 'production' });
    try {
      expect((await on.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(200);
      expect((await off.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    } finally {
      await Promise.all([on.close(), off.close()]);
    }
  });
});

describe('GraphQL on a listening server', () => {
  const origin = useListeningApp();

  it('answers a query with variables over the socket', async () => {
    const response = await fetch(`${origin()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($x: Tensor!) { softmax(logits: $x) { probabilities } }',
        variables: { x: [[0, 0], [0, '-Infinity']] },
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { softmax: { probabilities: [[0.5, 0.5], [1, 0]] } },
    });
  });
});

describe('a malformed GraphQL request', () => {
  const app = useTestApp();

  it('is a 400 with a plain GraphQL error, never an internal message', async () => {
    for (const query of [1, true, [1], { a: 1 }]) {
      const response = await app().inject({ method: 'POST', url: '/graphql',
        payload: { query } });
      expect(response.statusCode).toBe(400);
      const message = response.json().errors[0].message as string;
      expect(message).toMatch(/must be (a )?string/);
      expect(message).not.toMatch(/iterable|undefined|TypeError/);
    }
  });
});
