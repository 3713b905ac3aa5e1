import { Type, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import type { Distribution, Moments } from '../../engine/distributions/distribution.js';
import {
  evaluate, quantiles, sample, type PointMethod,
} from '../../engine/distributions/methods.js';
import { freshSeed, SeededRandom } from '../../engine/random.js';
import { Tensor } from '../../engine/tensor.js';
import { ProblemError, problemAt } from '../../errors/problem-error.js';
import { decodeTensor } from '../../wire/decode-tensor.js';
import type { ElementBudget } from '../../wire/element-budget.js';
import { WireMatrix, WireNumber, WireTensor, WireVector } from '../../wire/schemas.js';
import { defineOperation, type AnyOperation } from '../operation.js';
import { elementPointer } from '../tensor-pointers.js';
import type { DistributionDefinition } from './definitions.js';
import { paramsSchema, resolveParams } from './params.js';

// The wire names of the pointwise methods and the engine method behind each.
const continuousMethods = { pdf: 'density', logPdf: 'logDensity', cdf: 'cdf', sf: 'sf' } as const;
const discreteMethods = { pmf: 'density', logPmf: 'logDensity', cdf: 'cdf', sf: 'sf' } as const;
type MethodTable = Readonly<Record<string, PointMethod>>;

const MAX_SEED = Number.MAX_SAFE_INTEGER;

// Most draws in one request. A sampling request is a small body, so it runs
// on the event loop; inverting an incomplete beta or gamma function costs
// 10 to 30 us a draw, so this keeps the worst request near a quarter second.
export const maxDraws = 10_000;

const SampleRequest = Type.Object({
  n: Type.Integer({ minimum: 1, description: `Number of draws, at most ${maxDraws} (413 `
    + 'beyond); they count towards MAX_ELEMENTS.' }),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_SEED,
    description: 'Seed of the generator (xoshiro128**); the same seed gives the same draws '
      + 'on every machine. Omitted: a fresh seed, returned in the answer.' })),
}, { additionalProperties: false });

interface DistributionInput {
  distribution: Distribution;
  points: { field: string; method: PointMethod; x: Tensor }[];
  quantile?: Tensor;
  sample?: { n: number; seed: number };
}

interface DistributionOutput {
  moments: Moments;
  support: { lower: number; upper: number };
  values: Record<string, Tensor>;
  sample?: { draws: Tensor; seed: number };
}

function methodsOf(definition: DistributionDefinition): MethodTable {
  return definition.discrete ? discreteMethods : continuousMethods;
}

function tensorWith(description: string): TSchema {
  return Type.Union([WireNumber, WireVector, WireMatrix], { description });
}

function bodySchema(definition: DistributionDefinition): TObject {
  const params = paramsSchema(definition.params);
  const allDefaulted = definition.params.every((spec) => spec.default !== undefined);
  const points: Record<string, TSchema> = {};
  for (const field of Object.keys(methodsOf(definition))) {
    points[field] = Type.Optional(tensorWith(
      `Points at which to evaluate ${field}; the answer has the same shape.`));
  }
  return Type.Object({
    params: allDefaulted ? Type.Optional(params) : params,
    ...points,
    quantile: Type.Optional(tensorWith(
      'Probabilities in [0, 1] (422 outside); 0 and 1 give the ends of the support.')),
    sample: Type.Optional(SampleRequest),
  }, { additionalProperties: false });
}

function responseSchema(definition: DistributionDefinition): TObject {
  const values: Record<string, TSchema> = {};
  for (const field of [...Object.keys(methodsOf(definition)), 'quantile']) {
    values[field] = Type.Optional(WireTensor);
  }
  return Type.Object({
    mean: WireNumber,
    variance: WireNumber,
    std: WireNumber,
    entropy: WireNumber,
    support: Type.Object({ lower: WireNumber, upper: WireNumber }),
    ...values,
    sample: Type.Optional(Type.Array(Type.Number())),
    seed: Type.Optional(Type.Integer({ description: 'The seed the draws came from.' })),
  }, { additionalProperties: false });
}

// A client asking pdf of a discrete distribution (or pmf of a continuous
// one) is told which name to use instead.
function wrongMethodHints(definition: DistributionDefinition): Record<string, string> {
  const [kind, swap] = definition.discrete
    ? ['discrete', { pdf: 'pmf', logPdf: 'logPmf' }]
    : ['continuous', { pmf: 'pdf', logPmf: 'logPdf' }];
  return Object.fromEntries(Object.entries(swap).map(([asked, instead]) =>
    [`/${asked}`, `${definition.name} is ${kind}: ask for ${instead} instead of ${asked}`]));
}

function prepare(definition: DistributionDefinition, body: Record<string, unknown>,
  budget: ElementBudget): DistributionInput {
  const params = resolveParams(definition.params,
    body.params as Record<string, number | undefined> | undefined);
  definition.check?.(params);
  const distribution = definition.create(params);

  const points = Object.entries(methodsOf(definition))
    .filter(([field]) => body[field] !== undefined)
    .map(([field, method]) => ({
      field, method, x: decodeTensor(body[field], `/${field}`, { budget }),
    }));

  let quantile: Tensor | undefined;
  if (body.quantile !== undefined) {
    quantile = decodeTensor(body.quantile, '/quantile', { budget });
    const outside = quantile.data.findIndex((p) => !(p >= 0 && p <= 1));
    if (outside >= 0) {
      throw problemAt('domain-error', elementPointer('quantile', quantile, outside),
        `a probability must be in [0, 1], got ${quantile.data[outside]}`);
    }
  }

  const request = body.sample as Static<typeof SampleRequest> | undefined;
  if (request && request.n > maxDraws) {
    throw new ProblemError('too-many-elements', `/sample/n: at most ${maxDraws} draws`,
      [{ pointer: '/sample/n', message: `at most ${maxDraws} draws, got ${request.n}` }]);
  }
  if (request) budget.take(request.n, '/sample/n');
  const drawn = request && { n: request.n, seed: request.seed ?? freshSeed() };
  return { distribution, points, ...(quantile && { quantile }), ...(drawn && { sample: drawn }) };
}

function compute(input: DistributionInput): DistributionOutput {
  const { distribution } = input;
  const values: Record<string, Tensor> = {};
  for (const { field, method, x } of input.points) {
    values[field] = x.withData(evaluate(distribution, method, x.data));
  }
  if (input.quantile) {
    values.quantile = input.quantile.withData(quantiles(distribution, input.quantile.data));
  }
  const output: DistributionOutput = {
    moments: distribution.moments(), support: distribution.support, values,
  };
  if (input.sample) {
    const { n, seed } = input.sample;
    const draws = sample(distribution, n, new SeededRandom(seed));
    output.sample = { draws: new Tensor(draws, [n]), seed };
  }
  assertNoNaN(output);
  return output;
}

// Valid parameters and points never make NaN except as a moment that does
// not exist. At extreme parameters (a df of 1e-300, a rate of 1e300) the
// special functions can still fail; that is answered as a domain error
// rather than a NaN nobody asked for.
function assertNoNaN(output: DistributionOutput): void {
  const arrays = [...Object.values(output.values).map((tensor) => tensor.data),
    ...(output.sample ? [output.sample.draws.data] : [])];
  if (!arrays.some((data) => data.some(Number.isNaN)) && !Number.isNaN(output.moments.entropy)) {
    return;
  }
  throw problemAt('domain-error', '/params',
    'these parameters are beyond the range this distribution can be computed in float64');
}

function present(output: DistributionOutput) {
  return {
    ...output.moments,
    support: { ...output.support },
    ...output.values,
    ...(output.sample && { sample: output.sample.draws, seed: output.sample.seed }),
  };
}

const momentsNote = 'Every answer carries mean, variance, std and entropy (nats) and the '
  + 'support {lower, upper}. A moment that does not exist is "NaN" (undefined, e.g. the mean '
  + 'of Student\'s t with df <= 1); an infinite one is "Infinity".';

// One POST /distributions/<name> operation per definition.
export function distributionOperation(definition: DistributionDefinition): AnyOperation {
  const [density, logDensity] = definition.discrete ? ['pmf', 'logPmf'] : ['pdf', 'logPdf'];
  const params = definition.params.map((spec) =>
    `${spec.name} (${spec.rule.text}${spec.default === undefined ? '' : `, default ${spec.default}`})`);
  return defineOperation({
    id: `distribution-${definition.name}`,
    path: `/distributions/${definition.name}`,
    tags: ['distributions'],
    heavy: true,
    summary: definition.summary,
    description: [
      `scipy.stats.${definition.scipy} in float64; support ${definition.support}.`,
      `Parameters: ${params.join(', ')}; outside its range a parameter is a 422 naming it.`,
      `Methods: ${density}, ${logDensity}, cdf, sf (the survival function, computed directly `
        + 'and never as 1 - cdf), quantile and sample, each optional.',
      momentsNote,
      'Sampling inverts the cdf at uniform draws of a seeded xoshiro128** generator.',
    ].join(' '),
    body: bodySchema(definition),
    response: responseSchema(definition),
    tensorFields: Object.fromEntries([...Object.keys(methodsOf(definition)), 'quantile']
      .map((field) => [field, { ranks: [0, 1, 2] }])),
    unknownFieldHints: wrongMethodHints(definition),
    prepare: (body: Record<string, unknown>, budget: ElementBudget) =>
      prepare(definition, body, budget),
    compute,
    present,
  });
}
