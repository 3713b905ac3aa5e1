import { describe, expect, it } from 'vitest';
import { operations } from '../../src/operations/registry.js';
import { useTestApp } from '../support/app.js';

const app = useTestApp();

describe('GET /openapi.json', () => {
  it('documents every operation with its errors as application/problem+json', async () => {
    const spec = (await app().inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const operation of operations) {
      const responses = spec.paths[operation.path]?.post?.responses;
      expect(responses, operation.path).toBeDefined();
      for (const range of ['4XX', '5XX']) {
        expect(Object.keys(responses[range].content), `${operation.path} ${range}`)
          .toEqual(['application/problem+json']);
      }
    }
  });
});

describe('the OpenAPI document', () => {
  const withGraphiql = useTestApp({ GRAPHIQL: true });

  it('lists the API, not the pages and files of GraphiQL', async () => {
    const spec = (await withGraphiql().inject({ method: 'GET', url: '/openapi.json' })).json();
    const paths = Object.keys(spec.paths);
    expect(paths).toContain('/graphql');
    expect(paths.filter((path) => path.startsWith('/graphiql'))).toEqual([]);
    expect((await withGraphiql().inject({ method: 'GET', url: '/graphiql' })).statusCode)
      .toBe(200);
  });
});
