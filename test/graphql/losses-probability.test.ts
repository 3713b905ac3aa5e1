import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { lossNames } from '../../src/operations/losses/index.js';
import { postJson, useTestApp } from '../support/app.js';
import {
  argumentList, graphql, GraphQLEnum, withoutNullFields,
} from '../support/graphql.js';
import { isLossCase, lossRequest } from '../support/loss-cases.js';
import { caseRequest } from '../support/probability-cases.js';
import { expectClose, holdsNaN, loadReference, type ReferenceCase } from '../support/reference.js';

const app = useTestApp();

// Sends one REST body through GraphQL and through REST, and checks that the
// two answer alike: the same values, or the same problem.
async function expectAlike(field: string, selection: string, args: Record<string, unknown>,
  path: string, body: Record<string, unknown>, server: FastifyInstance) {
  const rest = await postJson(server, path, body);
  const answer = await graphql(server, `{ ${field}${argumentList(args)} { ${selection} } }`);
  if (rest.status === 200) {
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(withoutNullFields(answer.data?.[field])).toEqual(rest.body);
  } else {
    const error = answer.errors?.[0];
    expect(error?.message).toBe(rest.body.detail);
    expect(error?.extensions).toMatchObject({ code: rest.body.code, status: rest.status });
    expect(error?.extensions?.errors).toEqual(rest.body.errors);
  }
  return answer;
}

const enumOf = (name: string) => new GraphQLEnum(name.toUpperCase().replaceAll('-', '_'));

describe('losses over GraphQL, every case of losses.json', () => {
  for (const c of loadReference('losses.json').cases.filter(isLossCase)) {
    it(c.id, async () => {
      const { path, body } = lossRequest(c);
      const { input, target, reduction, ...params } = body as Record<string, unknown>;
      const args = {
        name: enumOf(path.slice('/losses/'.length)), input, target,
        reduction: reduction === undefined ? undefined : enumOf(reduction as string),
        params: Object.keys(params).length > 0 ? params : undefined,
      };
      const answer = await expectAlike('loss', 'loss', args, path, body, app());
      if (!holdsNaN(c.expected)) {
        const loss = (answer.data?.loss as { loss: unknown }).loss;
        expectClose(loss, c.expected.loss, c.tolerance, c.id);
      }
    });
  }

  it('names exactly the loss routes in the LossName enum', () => {
    const config = app().graphql.schema.getType('LossName')!.toConfig() as
      { values: Record<string, unknown> };
    const names = Object.keys(config.values).map((v) => v.toLowerCase().replaceAll('_', '-'));
    expect(names.sort()).toEqual([...lossNames].sort());
  });

  it('serves the same catalogue as GET /losses', async () => {
    const rest = await app().inject({ method: 'GET', url: '/losses' });
    expect((await graphql(app(), '{ losses }')).data?.losses).toEqual(rest.json());
  });
});

const selections: Record<string, string> = {
  '/probability/expectation': 'mean variance std',
  '/probability/bayes': 'posterior evidence posteriorIfNegative posteriors',
  '/probability/conditional': 'probability rowMarginals columnMarginals rowGivenColumn '
    + 'columnGivenRow mutualInformation independent zeroMarginalRows zeroMarginalColumns',
};

function graphqlField(path: string): string {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

for (const file of ['information.json', 'probability.json']) {
  describe(`information and probability over GraphQL, every case of ${file}`, () => {
    for (const c of loadReference(file).cases) {
      it(c.id, async () => {
        const request = caseRequest(c);
        const field = graphqlField(request.path);
        const selection = selections[request.path] ?? field;
        const answer = await expectAlike(field, selection, request.body, request.path,
          request.body, app());
        checkExpected(c, request.fields, answer.data?.[field] as Record<string, unknown>);
      });
    }
  });
}

function checkExpected(c: ReferenceCase, fields: Record<string, string>,
  result: Record<string, unknown> | undefined) {
  if ('error' in c.expected) {
    expect(result ?? null).toBeNull();
    return;
  }
  for (const [key, field] of Object.entries(fields)) {
    expectClose(result?.[field], c.expected[key], c.tolerance, `${c.id} ${key}`);
  }
}
