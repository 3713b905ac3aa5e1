import { Type, type Static } from '@sinclair/typebox';
import {
  binaryBayes, hypothesesBayes, hypothesesEvidence, testEvidence,
  type BinaryPosterior, type BinaryTest, type HypothesesPosterior,
} from '../engine/bayes.js';
import { Tensor } from '../engine/tensor.js';
import { ProblemError, problemAt } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import type { ElementBudget } from '../wire/element-budget.js';
import type { WireValue } from '../wire/encode.js';
import { WireNumber, WireVector } from '../wire/schemas.js';
import { defineOperation } from './operation.js';
import { checkDistributions, checkProbability } from './probability-checks.js';

// The range [0, 1] is checked in prepare, so that it is a 422 naming the
// field rather than a schema error.
const probability = (description: string) => Type.Number({
  description: `${description} In [0, 1].` });

const TestForm = Type.Object({
  prior: probability('P(D): how common the condition is before the test.'),
  sensitivity: probability('P(+ | D): the true-positive rate.'),
  falsePositiveRate: Type.Optional(probability('P(+ | not D). Give this or specificity.')),
  specificity: Type.Optional(probability('P(- | not D) = 1 - falsePositiveRate. Give this '
    + 'or falsePositiveRate, not both.')),
}, { title: 'One test', additionalProperties: false,
  description: 'A diagnostic test: prior, sensitivity and exactly one of falsePositiveRate '
    + 'and specificity.' });

const HypothesesForm = Type.Object({
  priors: { ...WireVector, description: 'P(H_i) for exclusive, exhaustive hypotheses: a '
    + 'probability vector (non-negative, summing to 1 within 1e-9).' },
  likelihoods: { ...WireVector, description: 'P(data | H_i), each in [0, 1], as long as '
    + 'priors.' },
}, { title: 'Several hypotheses', additionalProperties: false });

const BayesBody = Type.Union([TestForm, HypothesesForm]);

type BayesInput =
  | { form: 'test'; test: BinaryTest }
  | { form: 'hypotheses'; priors: Tensor; likelihoods: Tensor };

type BayesOutput = BinaryPosterior | HypothesesPosterior;

function prepareBayes(body: Static<typeof BayesBody>, budget: ElementBudget): BayesInput {
  return 'priors' in body ? prepareHypotheses(body, budget) : prepareTest(body);
}

function prepareTest(body: Static<typeof TestForm>): BayesInput {
  const { prior, sensitivity, falsePositiveRate, specificity } = body;
  if (falsePositiveRate !== undefined && specificity !== undefined) {
    throw problemAt('invalid-request', '/specificity',
      'give falsePositiveRate or specificity, not both (specificity = 1 - falsePositiveRate)');
  }
  if (falsePositiveRate === undefined && specificity === undefined) {
    throw problemAt('invalid-request', '/falsePositiveRate',
      'required field is missing: give falsePositiveRate or specificity');
  }
  const rateField = falsePositiveRate === undefined ? '/specificity' : '/falsePositiveRate';
  checkProbability(prior, '/prior');
  checkProbability(sensitivity, '/sensitivity');
  checkProbability(falsePositiveRate ?? specificity!, rateField);

  const test: BinaryTest = {
    prior,
    sensitivity,
    falsePositiveRate: falsePositiveRate ?? 1 - specificity!,
    specificity: specificity ?? 1 - falsePositiveRate!,
  };
  if (!(testEvidence(test) > 0)) throw noPositiveResult(test, rateField);
  return { form: 'test', test };
}

// P(+) = prior sensitivity + (1 - prior) falsePositiveRate is 0: names the
// factor that makes each product vanish.
function noPositiveResult(test: BinaryTest, rateField: string): ProblemError {
  const first = test.prior === 0 ? '/prior' : '/sensitivity';
  const second = test.prior === 1 ? '/prior' : rateField;
  const message = 'P(positive) = prior * sensitivity + (1 - prior) * falsePositiveRate is 0: '
    + 'a positive result cannot happen, so P(D | +) is undefined';
  const pointers = [...new Set([first, second])];
  return new ProblemError('domain-error', message,
    pointers.map((pointer) => ({ pointer, message })));
}

function prepareHypotheses(body: Static<typeof HypothesesForm>, budget: ElementBudget) {
  const priors = decodeTensor(body.priors, '/priors', { budget, ranks: [1] });
  const likelihoods = decodeTensor(body.likelihoods, '/likelihoods', { budget, ranks: [1] });
  if (likelihoods.data.length !== priors.data.length) {
    throw problemAt('invalid-tensor', '/likelihoods', `must be as long as priors: `
      + `${priors.data.length} priors, ${likelihoods.data.length} likelihoods`);
  }
  checkDistributions(priors, 'priors');
  likelihoods.data.forEach((value, i) => checkProbability(value, `/likelihoods/${i}`));
  if (!(hypothesesEvidence(priors.data, likelihoods.data) > 0)) {
    throw problemAt('domain-error', '/likelihoods', 'P(data) = sum of priors * likelihoods '
      + 'is 0: no hypothesis with a positive prior can produce the data');
  }
  return { form: 'hypotheses' as const, priors, likelihoods };
}

function computeBayes(input: BayesInput): BayesOutput {
  if (input.form === 'test') return binaryBayes(input.test);
  return hypothesesBayes(input.priors.data, input.likelihoods.data);
}

function presentBayes(output: BayesOutput): WireValue {
  if ('posteriors' in output) {
    const posteriors = new Tensor(output.posteriors, [output.posteriors.length]);
    return { posteriors, evidence: output.evidence };
  }
  const { posterior, evidence, posteriorIfNegative } = output;
  return posteriorIfNegative === undefined
    ? { posterior, evidence }
    : { posterior, evidence, posteriorIfNegative };
}

export const bayesOperation = defineOperation({
  id: 'probability/bayes',
  path: '/probability/bayes',
  tags: ['probability'],
  summary: "Bayes' rule for a diagnostic test or for several hypotheses",
  description: 'Two forms. One test: {prior, sensitivity, falsePositiveRate} or {prior, '
    + 'sensitivity, specificity} -> posterior = P(D | +) = prior * sensitivity / evidence, '
    + 'evidence = P(+) = prior * sensitivity + (1 - prior) * falsePositiveRate, and '
    + 'posteriorIfNegative = P(D | -); posteriorIfNegative is left out when a negative '
    + 'result has probability 0 (sensitivity 1 and prior 1 or falsePositiveRate 1). Several '
    + 'hypotheses: {priors, likelihoods} -> posteriors_i = priors_i * likelihoods_i / '
    + 'evidence. Inputs outside [0, 1], both or neither of falsePositiveRate and '
    + 'specificity, priors not summing to 1 and zero evidence are refused (4xx naming the '
    + 'field).',
  body: BayesBody,
  response: Type.Union([
    Type.Object({ posterior: WireNumber, evidence: WireNumber,
      posteriorIfNegative: Type.Optional(WireNumber) },
    { title: 'One test', additionalProperties: false }),
    Type.Object({ posteriors: WireVector, evidence: WireNumber },
      { title: 'Several hypotheses', additionalProperties: false }),
  ]),
  tensorFields: { priors: { ranks: [1] }, likelihoods: { ranks: [1] } },
  prepare: prepareBayes,
  compute: computeBayes,
  present: presentBayes,
});
