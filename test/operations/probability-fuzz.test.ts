import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/operations/execute.js';

// Numbers a client may send, edges included: zeros, subnormals, huge
// values, the non-finite spellings.
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 5e-324, 1e-300, 1 - 2 ** -53, 1e308, -1e308, 1e9 + 0.5, -1,
    'Infinity', '-Infinity', 'NaN'),
);
const weight = fc.oneof(fc.constantFrom(0, 5e-324, 1e-300),
  fc.double({ min: 1e-300, max: 1, noNaN: true }));

// A row of n entries: mostly a probability vector (edges included), else raw.
function row(n: number) {
  const probabilities = fc.array(weight, { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .map((w) => {
      const sum = w.reduce((a, b) => a + b, 0);
      return w.map((x) => x / sum);
    });
  return fc.oneof({ weight: 4, arbitrary: probabilities },
    { weight: 1, arbitrary: fc.array(anyNumber, { minLength: n, maxLength: n }) });
}

const shape = fc.record({ rows: fc.integer({ min: 1, max: 3 }),
  cols: fc.integer({ min: 1, max: 5 }), matrix: fc.boolean() });

const tensorOf = ({ rows, cols, matrix }: { rows: number; cols: number; matrix: boolean }) =>
  (matrix ? fc.array(row(cols), { minLength: rows, maxLength: rows }) : row(cols));

const base = fc.option(fc.oneof(fc.constant('e'), fc.constantFrom(2, 10, 1, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true })), { nil: undefined });
const normalize = fc.option(fc.boolean(), { nil: undefined });
const unit = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 5e-324, -0.1, 1.5));

const bodies = fc.oneof(
  fc.record({ operation: fc.constant('information/entropy'),
    body: shape.chain((s) => fc.record({ p: tensorOf(s), base, normalize },
      { requiredKeys: ['p'] })) }),
  fc.record({ operation: fc.constantFrom('information/cross-entropy',
    'information/kl-divergence', 'information/js-divergence'),
  body: shape.chain((s) => fc.record({ p: tensorOf(s), q: tensorOf(s), base, normalize },
    { requiredKeys: ['p', 'q'] })) }),
  fc.record({ operation: fc.constant('probability/expectation'),
    body: fc.integer({ min: 1, max: 6 }).chain((n) => fc.record({
      values: fc.array(anyNumber, { minLength: n, maxLength: n }), probabilities: row(n) })) }),
  fc.record({ operation: fc.constant('probability/bayes'),
    body: fc.oneof(fc.record({ prior: unit, sensitivity: unit, falsePositiveRate: unit,
      specificity: unit }, { requiredKeys: ['prior', 'sensitivity'] }),
    fc.integer({ min: 1, max: 5 }).chain((n) => fc.record({ priors: row(n),
      likelihoods: fc.array(unit, { minLength: n, maxLength: n }) }))) }),
  fc.record({ operation: fc.constant('probability/conditional'),
    body: fc.oneof(fc.record({ joint: unit, marginal: unit }),
      fc.record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 4 }) })
        .chain(({ rows, cols }) => fc.record({ joint: row(rows * cols)
          .map((cells) => Array.from({ length: rows },
            (_, r) => cells.slice(r * cols, (r + 1) * cols))), base, normalize },
        { requiredKeys: ['joint'] }))) }),
);

describe('the information and probability operations, on any input', () => {
  it('answer numbers without NaN or null, or refuse with a 4xx problem', () => {
    fc.assert(fc.property(bodies, ({ operation, body }) => {
      const result = execute({ operation, body: body as Record<string, unknown>,
        answer: 'json-text' }, { maxElements: 1000 });
      if (result.ok) {
        expect('json' in result && result.json).not.toMatch(/NaN|null/);
      } else {
        expect(result.problem.status).toBeGreaterThanOrEqual(400);
        expect(result.problem.status).toBeLessThan(500);
      }
    }), { numRuns: 3000 });
  });
});
