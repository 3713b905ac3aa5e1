import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../support/app.js';
import { isLossCase, lossRequest } from '../support/loss-cases.js';
import { expectClose, loadReference } from '../support/reference.js';

const files = [
  loadReference('real/digits-mlp.json'),
  loadReference('real/breast-cancer-logistic.json'),
];

// The losses of real model outputs, over a socket: the digits MLP's
// cross-entropy (mean, per sample, with label smoothing) and the
// breast-cancer logistic regression's BCE with logits (with posWeight).
// Their pooled requests run in a worker (threshold 0), the inline ones on
// the event loop.
for (const mode of ['pooled', 'inline'] as const) {
  describe(`a listening server (${mode}) on real models' losses`, () => {
    const origin = useListeningApp({
      INLINE_THRESHOLD_BYTES: mode === 'pooled' ? 0 : Number.MAX_SAFE_INTEGER,
    });

    for (const file of files) {
      for (const c of file.cases.filter(isLossCase)) {
        it(`${c.id} matches the reference`, async () => {
          const { path, body } = lossRequest(c);
          const response = await fetch(`${origin()}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          expect(response.status).toBe(200);
          const answer = await response.json() as { loss: unknown };
          expectClose(answer.loss, c.expected.loss, c.tolerance, c.id);
        });
      }

      // accuracy is in the reference files but not in the HTTP contract.
      for (const c of file.cases.filter((item) => item.op === 'accuracy')) {
        it.skip(`${c.id}: accuracy is not an operation of the service`, () => {});
      }
    }

    it('covers the cross-entropy and BCE-with-logits cases of both files', () => {
      const ops = files.flatMap((file) => file.cases.filter(isLossCase).map((c) => c.op));
      expect(ops.filter((op) => op === 'crossEntropy')).toHaveLength(4);
      expect(ops.filter((op) => op === 'binaryCrossEntropyWithLogits')).toHaveLength(5);
    });
  });
}
