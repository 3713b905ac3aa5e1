import { describe, expect, it } from 'vitest';
import { postJson, useTestApp } from '../support/app.js';
import { graphql } from '../support/graphql.js';
import { expectClose, holdsNaN, loadReference } from '../support/reference.js';

const reference = loadReference('softmax.json');
const app = useTestApp();

const fields = { softmax: ['softmax', 'probabilities'],
  logSoftmax: ['logSoftmax', 'logProbabilities'] } as const;

const query = (field: string, result: string) => `query($logits: Tensor!, $temperature: Float,
  $dim: Int) { ${field}(logits: $logits, temperature: $temperature, dim: $dim) { ${result} } }`;

describe('softmax over GraphQL against the reference vectors', () => {
  for (const c of reference.cases.filter((item) => 'x' in item.input)) {
    const [field, result] = fields[c.op as keyof typeof fields];

    it(c.id, async () => {
      const answer = await graphql(app(), query(field, result), { logits: c.input.x, ...c.params });
      expect(answer.status).toBe(200);
      if (holdsNaN(c.expected)) {
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'domain-error', status: 422 });
        return;
      }
      expect(answer.errors).toBeUndefined();
      const value = (answer.data![field] as Record<string, unknown>)[result];
      expectClose(value, c.expected.y, c.tolerance, c.id);
    });
  }

  it('takes logits written inline in the query, non-finite strings included', async () => {
    const answer = await graphql(app(), '{ logSoftmax(logits: [[0, "-Infinity"]]) { logProbabilities } }');
    expect(answer.data).toEqual({ logSoftmax: { logProbabilities: [[0, '-Infinity']] } });
  });
});

describe('REST and GraphQL', () => {
  const inputs: Record<string, unknown>[] = [
    { logits: [2, 1, 0.1] },
    { logits: [[1, 2, 3], [3, '-Infinity', 1]], dim: 0, temperature: 0.5 },
    { logits: [1, 'NaN'] },
    { logits: [[1, 2], [3]] },
    { logits: ['-Infinity', '-Infinity'] },
    { logits: [1, 2], temperature: -1 },
    { logits: [1, 2], dim: 1 },
  ];

  for (const body of inputs) {
    it(`answer ${JSON.stringify(body)} alike`, async () => {
      for (const [path, field] of [['/softmax', 'softmax'], ['/log-softmax', 'logSoftmax']]) {
        const rest = await postJson(app(), path!, body);
        const result = field === 'softmax' ? 'probabilities' : 'logProbabilities';
        const answer = await graphql(app(), query(field!, result), body);
        if (rest.status === 200) {
          expect(answer.data?.[field!]).toEqual(rest.body);
        } else {
          const error = answer.errors?.[0];
          expect(error?.message).toBe(rest.body.detail);
          expect(error?.extensions).toMatchObject({ code: rest.body.code, status: rest.status });
          expect(error?.extensions?.errors).toEqual(rest.body.errors);
        }
      }
    });
  }
});
