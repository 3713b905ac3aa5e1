import { describe, expect, it } from 'vitest';
import { distributionDefinitions } from '../../src/operations/distributions/definitions.js';
import { postJson, useTestApp } from '../support/app.js';
import {
  isInvalid, requestBody, routeName, wireMethods,
} from '../support/distribution-cases.js';
import { argumentList, graphql, GraphQLEnum } from '../support/graphql.js';
import { expectClose, loadReference } from '../support/reference.js';

const reference = loadReference('distributions.json');
const app = useTestApp();

const enumOf = (name: string) => new GraphQLEnum(name.toUpperCase().replaceAll('-', '_'));

// The GraphQL selection asking the same as a case's REST body.
function selection(body: Record<string, unknown>): string {
  const fields = ['mean', 'variance', 'std', 'entropy', 'support { lower upper }'];
  for (const method of Object.values(wireMethods)) {
    if (body[method] === undefined) continue;
    const argument = method === 'quantile' ? 'p' : 'x';
    fields.push(`${method}${argumentList({ [argument]: body[method] })}`);
  }
  return fields.join(' ');
}

describe('distributions over GraphQL, every case of distributions.json', () => {
  for (const c of reference.cases) {
    it(c.id, async () => {
      const name = routeName(c.op);
      const body = requestBody(c);
      const answer = await graphql(app(), `{ distribution${argumentList(
        { name: enumOf(name), params: body.params })} { ${selection(body)} } }`);
      const rest = await postJson(app(), `/distributions/${name}`, body);

      if (isInvalid(c)) {
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: rest.body.code,
          status: rest.status });
        expect(answer.errors?.[0]?.message).toBe(rest.body.detail);
        return;
      }
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      const result = answer.data!.distribution as Record<string, unknown>;
      expect(result).toEqual(rest.body);
      for (const [key, expected] of Object.entries(c.expected)) {
        const field = wireMethods[key] ?? key;
        expectClose(result[field], expected, c.tolerance, `${c.id}.${key}`);
      }
    });
  }
});

describe('the distribution type', () => {
  it('answers the contract example', async () => {
    const answer = await graphql(app(), `{ distribution(name: NORMAL, params: {mean: 0, std: 1})
      { mean pdf(x: [0, 1]) quantile(p: [0.975]) } }`);
    const rest = await postJson(app(), '/distributions/normal',
      { params: { mean: 0, std: 1 }, pdf: [0, 1], quantile: [0.975] });
    expect(answer.data).toEqual({ distribution: { mean: 0, pdf: rest.body.pdf,
      quantile: rest.body.quantile } });
  });

  it('draws the same seeded sample as REST', async () => {
    const answer = await graphql(app(), `{ distribution(name: GAMMA, params: {shape: 2})
      { sample(n: 5, seed: 42) { values seed } } }`);
    const rest = await postJson(app(), '/distributions/gamma',
      { params: { shape: 2 }, sample: { n: 5, seed: 42 } });
    expect(answer.data).toEqual({ distribution: { sample: { values: rest.body.sample,
      seed: 42 } } });
  });

  it('keeps the other fields when one method is refused', async () => {
    const answer = await graphql(app(), `{ distribution(name: POISSON, params: {lambda: 2})
      { mean pdf(x: [1]) } }`);
    expect(answer.data).toEqual({ distribution: { mean: 2, pdf: null } });
    expect(answer.errors?.[0]?.message).toMatch(/pmf/);
  });

  it('names exactly the distribution routes in its enum', async () => {
    const config = app().graphql.schema.getType('DistributionName')!.toConfig() as
      { values: Record<string, unknown> };
    const names = Object.keys(config.values).map((v) => v.toLowerCase().replaceAll('_', '-'));
    expect(names.sort()).toEqual(distributionDefinitions.map((d) => d.name).sort());
    const rest = await app().inject({ method: 'GET', url: '/distributions' });
    expect((await graphql(app(), '{ distributions }')).data?.distributions).toEqual(rest.json());
  });
});
