import { SeededRandom } from './random.js';
import { filterDistribution, type SamplingFilters } from './sampling-filters.js';
import { softmax } from './softmax.js';
import { asMatrix, Tensor } from './tensor.js';

export interface SamplingOptions {
  // What the input rows hold: logits, or probabilities summing to 1.
  source: 'logits' | 'probabilities';
  // 0 is greedy decoding; otherwise the logits are divided by it first.
  temperature: number;
  filters: SamplingFilters;
  // Draws per row.
  n: number;
  seed: number;
}

export interface SamplingResult {
  // Token indices: [n] for a vector input, [rows, n] for a matrix.
  samples: Tensor;
  // The distribution actually sampled from, the input's shape.
  distribution: Tensor;
}

// The next-token step of a language model, one row per sequence.
// Temperature T > 0: q = softmax(logits / T), or for probabilities
// q = p^(1/T) / sum p^(1/T), computed as softmax(log p / T) (p itself at
// T = 1); then top-k, top-p and min-p truncate q (see filterDistribution)
// and the survivors are renormalised. Each draw takes one 53-bit double u
// from SeededRandom and returns the smallest index i with
// cumsum(q)_i > u * sum(q), token indices ascending. Rows are drawn in order
// and, within a row, draw after draw, so a seed fixes every sample.
// T = 0: greedy decoding, the argmax (lowest index on a tie) as a one-hot
// distribution; no random number is used.
// Domain: every row has a finite logit or a positive probability; the
// caller checks that.
export function sampleNextTokens(values: Tensor, options: SamplingOptions): SamplingResult {
  const { rows, cols } = asMatrix(values);
  const samples = new Float64Array(rows * options.n);
  const sampleShape = values.rank === 2 ? [rows, options.n] : [options.n];

  if (options.temperature === 0) {
    const distribution = new Float64Array(values.data.length);
    for (let row = 0; row < rows; row++) {
      const token = argmax(values.data.subarray(row * cols, (row + 1) * cols));
      distribution[row * cols + token] = 1;
      samples.fill(token, row * options.n, (row + 1) * options.n);
    }
    return result(samples, sampleShape, values.withData(distribution));
  }

  const tempered = temper(values, options);
  const distribution = new Float64Array(values.data.length);
  const random = new SeededRandom(options.seed);
  const cumulative = new Float64Array(cols);
  for (let row = 0; row < rows; row++) {
    const out = distribution.subarray(row * cols, (row + 1) * cols);
    filterDistribution(tempered.data.subarray(row * cols, (row + 1) * cols), options.filters, out);
    drawRow(out, cumulative, random, samples.subarray(row * options.n, (row + 1) * options.n));
  }
  return result(samples, sampleShape, values.withData(distribution));
}

function result(samples: Float64Array, shape: number[], distribution: Tensor): SamplingResult {
  return { samples: new Tensor(samples, shape), distribution };
}

function temper(values: Tensor, options: SamplingOptions): Tensor {
  const settings = { axis: 'rows', temperature: options.temperature } as const;
  if (options.source === 'logits') return softmax(values, settings);
  if (options.temperature === 1) return values;
  return softmax(values.withData(values.data.map(Math.log)), settings);
}

// Inverse-CDF draws from q: the cumulative sums are built once per row and
// each draw is a binary search, O(V + n log V). Zero entries add nothing to
// the sum, so the strict comparison never lands on them.
function drawRow(q: Float64Array, cumulative: Float64Array, random: SeededRandom,
  out: Float64Array): void {
  let sum = 0;
  let lastPositive = 0;
  for (let i = 0; i < q.length; i++) {
    sum += q[i]!;
    cumulative[i] = sum;
    if (q[i]! > 0) lastPositive = i;
  }

  for (let draw = 0; draw < out.length; draw++) {
    const target = random.nextDouble() * sum;
    // u * sum can round up to sum itself; the last token then takes it.
    out[draw] = target < sum ? firstAbove(cumulative, target) : lastPositive;
  }
}

// The smallest index i with cumulative[i] > target; cumulative is
// non-decreasing and its last entry exceeds target.
function firstAbove(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

// The index of the largest entry; the lowest index among equal maxima.
function argmax(row: Float64Array): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i]! > row[best]!) best = i;
  return best;
}
