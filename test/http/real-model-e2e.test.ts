import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../support/app.js';
import { expectClose, loadReference } from '../support/reference.js';

const real = loadReference('real/digits-mlp.json');

// A listening server with the pool used for every request (threshold 0), so
// the outputs of a real model travel socket -> worker -> socket.
for (const mode of ['pooled', 'inline'] as const) {
  describe(`a listening server (${mode}) on a real model's outputs`, () => {
    const origin = useListeningApp({
      INLINE_THRESHOLD_BYTES: mode === 'pooled' ? 0 : Number.MAX_SAFE_INTEGER,
    });

    const routes: Record<string, [string, string]> = {
      softmax: ['/softmax', 'probabilities'],
      logSoftmax: ['/log-softmax', 'logProbabilities'],
    };

    for (const c of real.cases.filter((item) => item.op in routes)) {
      const [path, field] = routes[c.op]!;

      it(`${c.id}: ${(c.input.x as unknown[]).length} rows match the reference`, async () => {
        const response = await fetch(`${origin()}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ logits: c.input.x, dim: c.params.dim,
            temperature: c.params.temperature }),
        });
        expect(response.status).toBe(200);
        const body = await response.json() as Record<string, unknown>;
        expectClose(body[field], c.expected.y, c.tolerance, c.id);
      });
    }
  });
}
