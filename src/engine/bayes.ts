import { compensatedSum } from './summation.js';

// A diagnostic test for a condition D: P(D) = prior, P(+ | D) = sensitivity,
// P(+ | not D) = falsePositiveRate and P(- | not D) = specificity. Both
// rates are passed so that whichever the client gave is used exactly.
export interface BinaryTest {
  prior: number;
  sensitivity: number;
  falsePositiveRate: number;
  specificity: number;
}

export interface BinaryPosterior {
  posterior: number;
  evidence: number;
  // Absent when a negative result has probability 0 (then P(D | -) is undefined).
  posteriorIfNegative?: number;
}

// P(+) = prior sensitivity + (1 - prior) falsePositiveRate.
export function testEvidence(test: BinaryTest): number {
  return test.prior * test.sensitivity + (1 - test.prior) * test.falsePositiveRate;
}

// Bayes' rule for one test: P(D | +) = prior sensitivity / P(+), and
// P(D | -) = prior (1 - sensitivity) / (prior (1 - sensitivity)
// + (1 - prior) specificity). Domain: every input in [0, 1] and P(+) > 0,
// checked by the caller; P(-) = 0 leaves posteriorIfNegative out.
export function binaryBayes(test: BinaryTest): BinaryPosterior {
  const evidence = testEvidence(test);
  const result: BinaryPosterior = {
    posterior: (test.prior * test.sensitivity) / evidence,
    evidence,
  };
  const missed = test.prior * (1 - test.sensitivity);
  const negative = missed + (1 - test.prior) * test.specificity;
  if (negative > 0) result.posteriorIfNegative = missed / negative;
  return result;
}

export interface HypothesesPosterior {
  posteriors: Float64Array;
  evidence: number;
}

// Bayes' rule over exclusive, exhaustive hypotheses H_i:
// P(H_i | data) = P(H_i) P(data | H_i) / P(data), P(data) = sum_j P(H_j)
// P(data | H_j). Domain: priors a probability vector, likelihoods in
// [0, 1] of the same length, P(data) > 0 (checked by the caller). The
// products are not rescaled: priors and likelihoods below about 1e-154
// together can underflow to 0 and lose their relative precision.
export function hypothesesBayes(
  priors: Float64Array, likelihoods: Float64Array,
): HypothesesPosterior {
  const joint = priors.map((prior, i) => prior * likelihoods[i]!);
  const evidence = compensatedSum(joint);
  return { posteriors: joint.map((term) => term / evidence), evidence };
}

// P(data) alone, for the caller's check that it is positive.
export function hypothesesEvidence(priors: Float64Array, likelihoods: Float64Array): number {
  return compensatedSum(priors.map((prior, i) => prior * likelihoods[i]!));
}
