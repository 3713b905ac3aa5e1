import { Type, type Static } from '@sinclair/typebox';
import { freshSeed } from '../engine/random.js';
import { sampleNextTokens, type SamplingOptions, type SamplingResult }
  from '../engine/sampling.js';
import type { Tensor } from '../engine/tensor.js';
import { problemAt } from '../errors/problem-error.js';
import { decodeTensor } from '../wire/decode-tensor.js';
import type { ElementBudget } from '../wire/element-budget.js';
import { WireVectorOrMatrix } from '../wire/schemas.js';
import { assertNoMaskedSlice, assertNoPositiveInfinity } from './logit-checks.js';
import { defineOperation } from './operation.js';
import { assertDistributionRows, sumTolerance } from './probability-checks.js';

// Most draws per row: enough for any statistics a client needs from one
// call, small enough that one request cannot hold a worker for long.
export const maxDraws = 10_000;

const SampleBody = Type.Object({
  logits: Type.Optional(Type.Union(WireVectorOrMatrix.anyOf, {
    description: 'Logits, a vector (one sequence) or a matrix (one row per sequence); '
      + '"-Infinity" masks a token. Give logits or probabilities, not both.' })),
  probabilities: Type.Optional(Type.Union(WireVectorOrMatrix.anyOf, {
    description: `Probabilities instead of logits: each row non-negative, summing to 1 `
      + `within ${sumTolerance}.` })),
  temperature: Type.Optional(Type.Number({ default: 1,
    description: '>= 0. 0 is greedy decoding (argmax, the lowest index on a tie); otherwise '
      + 'the logits are divided by it (probabilities become p^(1/T), renormalised).' })),
  topK: Type.Optional(Type.Integer({
    description: 'Integer >= 1: keep the k most probable tokens. Off when absent.' })),
  topP: Type.Optional(Type.Number({
    description: 'In (0, 1]: keep the shortest run of most probable tokens whose mass '
      + 'reaches topP, including the token that crosses it. Off when absent (or 1).' })),
  minP: Type.Optional(Type.Number({
    description: 'In [0, 1]: keep tokens with p >= minP * max p. Off when absent (or 0).' })),
  n: Type.Optional(Type.Integer({ minimum: 1, maximum: maxDraws, default: 1,
    description: `Draws per row, 1 to ${maxDraws}; they count towards MAX_ELEMENTS.` })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER,
    description: 'Integer in [0, 2^53). The same seed and input give the same samples on '
      + 'every machine; a fresh seed is chosen, and returned, when absent.' })),
}, { additionalProperties: false });

type SampleRequest = Static<typeof SampleBody>;

interface SampleInput {
  values: Tensor;
  options: SamplingOptions;
}

const SampleResponse = Type.Object({
  samples: Type.Union([Type.Array(Type.Integer()), Type.Array(Type.Array(Type.Integer()))], {
    description: 'Token indices: n of them for a vector, one list of n per row for a matrix.' }),
  distribution: Type.Union([Type.Array(Type.Number()), Type.Array(Type.Array(Type.Number()))], {
    description: 'The filtered, renormalised distribution sampled from: the shape of the '
      + 'input, zeros for filtered tokens.' }),
  seed: Type.Integer({ description: 'The seed used; send it back to repeat the draws.' }),
}, { additionalProperties: false });

const description = [
  'The next-token step of a language model: from logits (or probabilities) draw n tokens',
  'per row. The steps run in this order, as in common LLM samplers: temperature, top-k,',
  'top-p, min-p; the survivors are renormalised and drawn from.',
  '',
  'Ranking: tokens are ordered by probability, and among equal probabilities the lower',
  'index ranks first, so a tie at a top-k or top-p boundary keeps the lower index. top-p',
  'is measured against the mass top-k left, and keeps the token that crosses the',
  'threshold. min-p compares with the most probable token. Every filter keeps at least',
  'the most probable token.',
  '',
  'Reproducibility: the generator is xoshiro128** seeded by `seed`; each draw takes one',
  '53-bit uniform u and picks the smallest token index whose cumulative probability',
  '(token indices ascending) exceeds u. Rows are drawn in order, then draws within a row.',
  'Temperature 0 is greedy (argmax, the lowest index on a tie, a one-hot distribution).',
  '',
  'Errors: both or neither of logits/probabilities is a 400; temperature < 0, topK < 1,',
  'topP outside (0, 1], minP outside [0, 1], an all-masked row, a +Infinity logit, and',
  'probabilities that are negative or do not sum to 1 are 422s naming the field.',
].join('\n');

function prepareSample(body: SampleRequest, budget: ElementBudget): SampleInput {
  const source = chooseSource(body);
  const values = decodeTensor(body[source], `/${source}`, { budget, ranks: [1, 2] });
  const n = body.n ?? 1;
  const rows = values.rank === 2 ? values.shape[0]! : 1;
  budget.take(rows * n, '/n');

  if (source === 'logits') {
    assertNoPositiveInfinity(values);
    assertNoMaskedSlice(values, 'rows');
  } else {
    assertDistributionRows(values, 'probabilities');
  }

  const options: SamplingOptions = {
    source,
    temperature: checkedKnob(body.temperature, 1, '/temperature', (t) => t >= 0,
      'must be >= 0 (0 is greedy decoding)'),
    filters: {
      topK: checkedKnob(body.topK, Infinity, '/topK', (k) => k >= 1, 'must be an integer >= 1'),
      topP: checkedKnob(body.topP, 1, '/topP', (p) => p > 0 && p <= 1, 'must be in (0, 1]'),
      minP: checkedKnob(body.minP, 0, '/minP', (p) => p >= 0 && p <= 1, 'must be in [0, 1]'),
    },
    n,
    seed: body.seed ?? freshSeed(),
  };
  return { values, options };
}

function chooseSource(body: SampleRequest): 'logits' | 'probabilities' {
  if (body.logits !== undefined && body.probabilities !== undefined) {
    throw problemAt('invalid-request', '/probabilities',
      'give logits or probabilities, not both');
  }
  if (body.logits === undefined && body.probabilities === undefined) {
    throw problemAt('invalid-request', '/logits', 'give logits or probabilities');
  }
  return body.logits !== undefined ? 'logits' : 'probabilities';
}

function checkedKnob(value: number | undefined, fallback: number, pointer: string,
  valid: (value: number) => boolean, rule: string): number {
  if (value === undefined) return fallback;
  if (!valid(value)) throw problemAt('domain-error', pointer, `${rule}, got ${value}`);
  return value;
}

export const sampleOperation = defineOperation({
  id: 'sample',
  path: '/sample',
  tags: ['sampling'],
  summary: 'Draw next tokens from logits or probabilities',
  description,
  body: SampleBody,
  response: SampleResponse,
  tensorFields: { logits: { ranks: [1, 2] }, probabilities: { ranks: [1, 2] } },
  prepare: prepareSample,
  compute: ({ values, options }: SampleInput) => ({
    ...sampleNextTokens(values, options), seed: options.seed,
  }),
  present: ({ samples, distribution, seed }: SamplingResult & { seed: number }) =>
    ({ samples, distribution, seed }),
});
