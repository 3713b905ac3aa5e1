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
