import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RankedTokens } from '../../src/engine/ranked-tokens.js';
import { filterDistribution, noFilters, type SamplingFilters }
  from '../../src/engine/sampling-filters.js';

function filtered(p: number[], filters: Partial<SamplingFilters>): number[] {
  const out = new Float64Array(p.length);
  filterDistribution(Float64Array.from(p), { ...noFilters, ...filters }, out);
  return Array.from(out);
}

// Exact zeros where a token is filtered, the renormalised value within
// rounding where it is kept.
function expectRow(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, index) => {
    if (expected[index] === 0) expect(value).toBe(0);
    else expect(value).toBeCloseTo(expected[index]!, 14);
  });
}

// The filters written the slow, obvious way: sort everything, then cut.
function keptBySorting(p: number[], filters: SamplingFilters): Set<number> {
  const order = p.map((value, index) => ({ value, index })).filter((t) => t.value > 0)
    .sort((a, b) => b.value - a.value || a.index - b.index);
  let kept = order.slice(0, Math.min(filters.topK, order.length));
  if (filters.topP < 1) {
    const mass = kept.length < order.length
      ? kept.reduce((sum, t) => sum + t.value, 0) : p.reduce((sum, v) => sum + v, 0);
    let cumulative = 0;
    const cut = kept.findIndex((t) => (cumulative += t.value) >= filters.topP * mass);
    if (cut >= 0) kept = kept.slice(0, cut + 1);
  }
  const threshold = filters.minP * Math.max(...p);
  return new Set(kept.filter((t) => t.value >= threshold).map((t) => t.index));
}

// Distributions with many exact ties, so that tie-breaking is exercised.
const distribution = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 })
  .filter((weights) => weights.some((w) => w > 0))
  .map((weights) => {
    const total = weights.reduce((sum, w) => sum + w, 0);
    return weights.map((w) => w / total);
  });

const filters = fc.record({
  topK: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 45 })),
  topP: fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 1, noNaN: true })),
  minP: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
});

describe('RankedTokens', () => {
  it('hands out the positive tokens by falling probability, lower index first on ties', () => {
    const p = Float64Array.from([0.1, 0, 0.3, 0.1, 0.3, 0.2]);
    const ranked = new RankedTokens(p);
    expect(ranked.length).toBe(5);
    expect(Array.from({ length: 5 }, (_, rank) => ranked.at(rank))).toEqual([2, 4, 5, 0, 3]);
  });

  it('hands out the same first k tokens when it only keeps k', () => {
    fc.assert(fc.property(distribution, fc.integer({ min: 1, max: 40 }), (p, k) => {
      const all = new RankedTokens(Float64Array.from(p));
      const best = new RankedTokens(Float64Array.from(p), k);
      expect(best.length).toBe(Math.min(k, all.length));
      expect(best.candidates).toBe(all.length);
      for (let rank = 0; rank < best.length; rank++) expect(best.at(rank)).toBe(all.at(rank));
    }), { numRuns: 300 });
  });
});

describe('filterDistribution', () => {
  it('keeps the k most probable tokens and renormalises them', () => {
    expectRow(filtered([0.1, 0.4, 0.2, 0.3], { topK: 2 }), [0, 4 / 7, 0, 3 / 7]);
  });

  it('breaks a tie at the top-k boundary in favour of the lower index', () => {
    expectRow(filtered([0.25, 0.25, 0.25, 0.25], { topK: 2 }), [0.5, 0.5, 0, 0]);
  });

  it('keeps the token that carries the top-p mass over the threshold', () => {
    // 0.5 < 0.6, 0.5 + 0.3 >= 0.6: the second token crosses it and stays.
    expectRow(filtered([0.5, 0.3, 0.2], { topP: 0.6 }), [0.625, 0.375, 0]);
    expectRow(filtered([0.5, 0.3, 0.2], { topP: 0.5 }), [1, 0, 0]);
  });

  it('measures top-p against the mass top-k left', () => {
    // After top-k 2: 0.4 / 0.7 = 0.571 reaches 0.55 alone.
    expectRow(filtered([0.4, 0.3, 0.2, 0.1], { topK: 2, topP: 0.55 }), [1, 0, 0, 0]);
  });

  it('keeps the tokens at least minP times as probable as the top one', () => {
    expectRow(filtered([0.5, 0.25, 0.125, 0.125], { minP: 0.5 }), [2 / 3, 1 / 3, 0, 0]);
    expectRow(filtered([0.4, 0.4, 0.2], { minP: 1 }), [0.5, 0.5, 0]);
  });

  it('never keeps a token of probability 0, even inside top-k', () => {
    expectRow(filtered([0, 1, 0], { topK: 3 }), [0, 1, 0]);
  });

  it('agrees with sorting the whole row, ties and all', () => {
    fc.assert(fc.property(distribution, filters, (p, knobs) => {
      const out = filtered(p, knobs);
      const kept = keptBySorting(p, knobs);
      const keptMass = [...kept].reduce((sum, index) => sum + p[index]!, 0);
      out.forEach((value, index) => {
        if (kept.has(index)) expect(value).toBeCloseTo(p[index]! / keptMass, 12);
        else expect(value).toBe(0);
      });
    }), { numRuns: 500 });
  });
});
