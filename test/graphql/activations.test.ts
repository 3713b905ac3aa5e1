import { describe, expect, it } from 'vitest';
import { activationNames } from '../../src/operations/activations/catalogue.js';
import { postJson, useTestApp } from '../support/app.js';
import { graphql } from '../support/graphql.js';
import { expectClose, loadReference } from '../support/reference.js';

const reference = loadReference('activations.json');
const app = useTestApp();

const query = `query($name: ActivationName!, $x: Tensor!, $params: ActivationParams) {
  activation(name: $name, x: $x, gradient: true, params: $params) { y gradient } }`;

// leakyRelu (the reference's name) is LEAKY_RELU in the GraphQL enum.
function enumName(op: string): string {
  return op.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}

describe('activations over GraphQL against the reference vectors', () => {
  for (const c of reference.cases) {
    it(c.id, async () => {
      const answer = await graphql(app(), query,
        { name: enumName(c.op), x: c.input.x, params: c.params });
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      const result = answer.data!.activation as { y: unknown; gradient: unknown };
      expectClose(result.y, c.expected.y, c.tolerance, `${c.id} y`);
      expectClose(result.gradient, c.expected.grad, c.tolerance, `${c.id} gradient`);
    });
  }
});

describe('the ActivationName enum', () => {
  it('names exactly the activation routes, aliases included', () => {
    const values = app().graphql.schema.getType('ActivationName')!
      .toConfig() as { values: Record<string, unknown> };
    const routes = Object.keys(values.values).map((v) => v.toLowerCase().replaceAll('_', '-'));
    expect(routes.sort()).toEqual([...activationNames].sort());
  });

  it('serves the same catalogue as GET /activations', async () => {
    const rest = await app().inject({ method: 'GET', url: '/activations' });
    const answer = await graphql(app(), '{ activations }');
    expect(answer.data?.activations).toEqual(rest.json());
  });
});

describe('activations through REST and GraphQL', () => {
  const inputs: [string, Record<string, unknown>][] = [
    ['gelu', { x: [[-3, 0.5], ['-Infinity', 'NaN']], gradient: true, approximate: 'tanh' }],
    ['leaky-relu', { x: 2, negativeSlope: 0.2 }],
    ['softplus', { x: [1], beta: -1 }],
    ['hardtanh', { x: [1], minVal: 2, maxVal: 1 }],
    ['relu', { x: [1], alpha: 2 }],
    ['elu', { x: [[1, 2], [3]] }],
  ];

  for (const [name, body] of inputs) {
    it(`answer ${name} ${JSON.stringify(body)} alike`, async () => {
      const rest = await postJson(app(), `/activations/${name}`, body);
      const { x, gradient, ...params } = body;
      const answer = await graphql(app(), `query($name: ActivationName!, $x: Tensor!,
        $gradient: Boolean, $params: ActivationParams) {
        activation(name: $name, x: $x, gradient: $gradient, params: $params) { y gradient } }`,
      { name: name.toUpperCase().replaceAll('-', '_'), x, gradient, params });
      if (rest.status === 200) {
        expect(answer.data?.activation).toEqual({ gradient: null, ...rest.body });
        return;
      }
      const error = answer.errors?.[0];
      expect(error?.message).toBe(rest.body.detail);
      expect(error?.extensions).toMatchObject({ code: rest.body.code, status: rest.status });
      expect(error?.extensions?.errors).toEqual(rest.body.errors);
    });
  }
});
