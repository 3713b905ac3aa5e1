import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryBayes, hypothesesBayes, type BinaryTest } from '../../src/engine/bayes.js';
import { expectClose, loadReference } from '../support/reference.js';
import { isErrorCase } from '../support/probability-cases.js';

const reference = loadReference('probability.json');

function test(prior: number, sensitivity: number, falsePositiveRate: number): BinaryTest {
  return { prior, sensitivity, falsePositiveRate, specificity: 1 - falsePositiveRate };
}

describe('the Bayes engine against the reference vectors', () => {
  const cases = reference.cases.filter((c) => c.op === 'bayes' && !isErrorCase(c));
  for (const c of cases) {
    it(`${c.id} matches the reference`, () => {
      const { prior, sensitivity, falsePositiveRate } = c.input as Record<string, number>;
      const result = binaryBayes(test(prior!, sensitivity!, falsePositiveRate!));
      expectClose(result.posterior, c.expected.posterior, c.tolerance, c.id);
    });
  }

  it('covers the valid Bayes cases of the file', () => {
    expect(cases.length).toBe(6);
  });
});

describe('binaryBayes', () => {
  it('gives the medical screening posterior of Bayes\' formula', () => {
    const [prior, sensitivity, falsePositiveRate] = [0.01, 0.9, 0.09];
    const evidence = prior * sensitivity + (1 - prior) * falsePositiveRate;
    const result = binaryBayes(test(prior, sensitivity, falsePositiveRate));
    expectClose(result.posterior, prior * sensitivity / evidence, { rel: 1e-15, abs: 0 });
    expectClose(result.evidence, evidence, { rel: 1e-15, abs: 0 });
    expect(result.posterior).toBeCloseTo(0.0917, 4);
    const missed = prior * (1 - sensitivity);
    expectClose(result.posteriorIfNegative!, missed / (missed + (1 - prior) * 0.91),
      { rel: 1e-15, abs: 0 });
  });

  it('leaves posteriorIfNegative out when a negative result cannot happen', () => {
    expect(binaryBayes(test(1, 1, 0.2))).toEqual({ posterior: 1, evidence: 1 });
  });

  it('agrees with the several-hypotheses form on two hypotheses', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(unit, unit, unit, (prior, sensitivity, rate) => {
      fc.pre(prior * sensitivity + (1 - prior) * rate > 1e-300);
      const one = binaryBayes(test(prior, sensitivity, rate));
      const many = hypothesesBayes(Float64Array.of(prior, 1 - prior),
        Float64Array.of(sensitivity, rate));
      expectClose(many.posteriors[0], one.posterior, { rel: 1e-14, abs: 1e-300 });
      expectClose(many.evidence, one.evidence, { rel: 1e-14, abs: 0 });
    }));
  });
});

describe('hypothesesBayes', () => {
  it('gives posteriors proportional to prior times likelihood, summing to 1', () => {
    const result = hypothesesBayes(Float64Array.of(0.5, 0.3, 0.2), Float64Array.of(0.1, 0.5, 0.9));
    const evidence = 0.5 * 0.1 + 0.3 * 0.5 + 0.2 * 0.9;
    expectClose(result.evidence, evidence, { rel: 1e-15, abs: 0 });
    expectClose(Array.from(result.posteriors), [0.05 / evidence, 0.15 / evidence, 0.18 / evidence],
      { rel: 1e-14, abs: 0 });
  });
});
