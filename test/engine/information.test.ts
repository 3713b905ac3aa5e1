import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crossEntropy, entropy, jsDivergence, klDivergence,
} from '../../src/engine/information.js';
import { Tensor } from '../../src/engine/tensor.js';
import { expectClose, fromWire, loadReference } from '../support/reference.js';

const reference = loadReference('information.json');

const engines = {
  entropy: (p: Tensor, _q: Tensor, base: number) => entropy(p, base),
  crossEntropy,
  klDivergence,
  jsDivergence,
};

function vector(values: number[]): Tensor {
  return new Tensor(Float64Array.from(values), [values.length]);
}

const scalar = (t: Tensor): number => t.data[0]!;

describe('the information engine against the reference vectors', () => {
  for (const c of reference.cases) {
    it(`${c.id} matches the reference`, () => {
      const engine = engines[c.op as keyof typeof engines];
      const p = vector(fromWire(c.input.p) as number[]);
      const q = c.input.q === undefined ? p : vector(fromWire(c.input.q) as number[]);
      const base = c.params.base === 'e' ? Math.E : c.params.base as number;
      const result = engine(p, q, base);
      expect(result.rank).toBe(0);
      expectClose(scalar(result), c.expected.value, c.tolerance, c.id);
    });
  }

  it('covers every case of the file', () => {
    expect(reference.cases.length).toBe(28);
  });
});

// Probability vectors of 1 to 12 entries, some of them exactly 0.
const weights = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })),
  { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0));

const pair = fc.integer({ min: 1, max: 12 }).chain((n) => {
  const row = fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }),
    { minLength: n, maxLength: n });
  return fc.tuple(row, row);
});

function normalised(w: number[]): Tensor {
  const sum = w.reduce((a, b) => a + b, 0);
  return vector(w.map((x) => x / sum));
}

function l1(p: Tensor, q: Tensor): number {
  return p.data.reduce((sum, pi, i) => sum + Math.abs(pi - q.data[i]!), 0);
}

describe('information measures', () => {
  it('obey Pinsker: KL(p || q) >= |p - q|_1^2 / 2, so KL is never negative', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const p = normalised(a);
      const q = normalised(b);
      const kl = scalar(klDivergence(p, q, Math.E));
      expect(kl).toBeGreaterThanOrEqual(l1(p, q) ** 2 / 2 * (1 - 1e-9) - 1e-16);
    }));
  });

  it('keep JS symmetric, within [|p - q|_1^2 / 8, log 2]', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const p = normalised(a);
      const q = normalised(b);
      const js = scalar(jsDivergence(p, q, Math.E));
      expect(scalar(jsDivergence(q, p, Math.E))).toBe(js);
      expect(js).toBeLessThanOrEqual(Math.LN2 * (1 + 1e-15));
      expect(js).toBeGreaterThanOrEqual(l1(p, q) ** 2 / 8 * (1 - 1e-9) - 1e-16);
    }));
  });

  it('satisfy H(p, q) = H(p) + KL(p || q) and KL(p || p) = 0', () => {
    fc.assert(fc.property(weights, (w) => {
      const p = normalised(w);
      const q = normalised(w.map((x, i) => x + (i % 3) / 7 + 0.01));
      const sum = scalar(entropy(p, 2)) + scalar(klDivergence(p, q, 2));
      expectClose(scalar(crossEntropy(p, q, 2)), sum, { rel: 1e-12, abs: 1e-15 });
      expect(scalar(klDivergence(p, p, Math.E))).toBe(0);
    }));
  });

  it('keep the small divergence of close distributions (no cancellation)', () => {
    // Moving delta (a power of two, so every input is exact and both sum to 1
    // exactly) from outcome 0 to outcome 1: KL = delta^2 (1/p0 + 1/p1) / 2 + O(delta^3)
    // and JS = KL / 4 + O(delta^3).
    const p = vector([0.25, 0.25, 0.5]);
    for (const delta of [2 ** -10, 2 ** -20, 2 ** -30]) {
      const q = vector([0.25 - delta, 0.25 + delta, 0.5]);
      const secondOrder = delta ** 2 * (1 / 0.25 + 1 / 0.25) / 2;
      const tolerance = { rel: 30 * delta, abs: 0 };
      expectClose(scalar(klDivergence(p, q, Math.E)), secondOrder, tolerance);
      expectClose(scalar(jsDivergence(p, q, Math.E)), secondOrder / 4, tolerance);
    }
  });

  it('answers one value per row of a matrix', () => {
    const p = new Tensor(Float64Array.of(0.5, 0.5, 1, 0), [2, 2]);
    const q = new Tensor(Float64Array.of(0.5, 0.5, 0, 1), [2, 2]);
    expect(Array.from(entropy(p, 2).data)).toEqual([1, 0]);
    expect(Array.from(klDivergence(p, q, 2).data)).toEqual([0, Infinity]);
    expect(Array.from(jsDivergence(p, q, 2).data)).toEqual([0, 1]);
    expect(klDivergence(p, q, 2).shape).toEqual([2]);
  });

  it('stays finite with subnormal probabilities', () => {
    const p = vector([1 - 5e-324, 5e-324]);
    const q = vector([5e-324, 1 - 5e-324]);
    const kl = scalar(klDivergence(p, q, Math.E));
    expect(kl).toBeCloseTo(-Math.log(5e-324), 10);
  });
});
