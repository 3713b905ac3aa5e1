import { describe, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { expectLikeRest } from '../support/graphql.js';

const app = useTestApp();

describe('sample over GraphQL', () => {
  const query = `query($logits: Tensor, $probabilities: Tensor, $topP: Float, $n: Int,
    $seed: Float) { sample(logits: $logits, probabilities: $probabilities, topP: $topP, n: $n,
    seed: $seed) { samples distribution seed } }`;

  it('answers as POST /sample does, errors included', async () => {
    for (const body of [{ logits: [[1, 2, 3], [0, 0, 0]], topP: 0.8, n: 6, seed: 2 ** 40 },
      { logits: [1, 2], topP: 0 }, { logits: [1], probabilities: [1] }]) {
      await expectLikeRest(app(), '/sample', query, 'sample', body);
    }
  });
});
