import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { expectLikeRest, graphql } from '../support/graphql.js';

const app = useTestApp();

describe('advice over GraphQL', () => {
  it('answers as POST /advice does, refusals included', async () => {
    const query = `query($task: String!, $architecture: String, $symptoms: [String!]) {
      advice(task: $task, architecture: $architecture, symptoms: $symptoms) }`;
    for (const body of [{ task: 'robust-regression', architecture: 'rnn',
      symptoms: ['exploding-gradients'] }, { task: 'ranking' }]) {
      await expectLikeRest(app(), '/advice', query, 'advice', body);
    }
  });

  it('lists the table as GET /advice does', async () => {
    const rest = (await app().inject({ method: 'GET', url: '/advice' })).json();
    const answer = await graphql(app(), '{ adviceTable }');
    expect(answer.data?.adviceTable).toEqual(rest);
  });
});
