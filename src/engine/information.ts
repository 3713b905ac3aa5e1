import { logRatio } from './log-ratio.js';
import { CompensatedSum } from './summation.js';
import { Tensor, asMatrix } from './tensor.js';

// The common domain of the measures below: p and q are probability vectors
// (non-negative, finite, each summing to 1 within the caller's tolerance),
// or matrices of the same shape with one distribution per row. The answer is
// a scalar for a vector and one value per row for a matrix. base > 1 picks
// the unit: e for nats (the default), 2 for bits. Every sum is compensated.
// The caller checks the domain; these functions do not repair their input.

// H(p) = -sum_i p_i log p_i, with 0 log 0 = 0.
export function entropy(p: Tensor, base: number): Tensor {
  return byRow(p, p, base, (pRow) => sumOf(pRow, pRow, entropyTerm));
}

// H(p, q) = -sum_i p_i log q_i, with 0 log q = 0 even where q = 0, and
// +Infinity where q_i = 0 < p_i (q cannot encode an outcome p produces).
export function crossEntropy(p: Tensor, q: Tensor, base: number): Tensor {
  return byRow(p, q, base, (pRow, qRow) => sumOf(pRow, qRow, crossEntropyTerm));
}

// KL(p || q) = sum_i p_i log(p_i / q_i), +Infinity where q_i = 0 < p_i.
export function klDivergence(p: Tensor, q: Tensor, base: number): Tensor {
  return byRow(p, q, base, relativeEntropy);
}

// JS(p, q) = KL(p || m) / 2 + KL(q || m) / 2, m = (p + q) / 2: the
// Jensen-Shannon divergence (not its square root, the distance), symmetric
// and between 0 and log 2. Each element contributes
// p log(p / m) + q log(q / m) >= 0; near p = q that is rewritten with
// x = (p - q) / (p + q) as (p - q) atanh(x) + m log1p(-x^2), whose two parts
// no longer cancel to the last digit. Disjoint supports give exactly log 2.
export function jsDivergence(p: Tensor, q: Tensor, base: number): Tensor {
  return byRow(p, q, base, (pRow, qRow) => sumOf(pRow, qRow, jensenShannonTerm) / 2);
}

// KL(p || q) in nats for one pair of rows, written as
// sum_i q_i phi(p_i / q_i) + sum_i (p_i - q_i) with phi(r) = r log r - r + 1:
// the first sum has no negative terms, so close distributions do not lose
// their small divergence to cancellation between elements, and phi is taken
// from its series near r = 1. The second sum is 0 up to the rounding of the
// inputs' totals; a negative result can only come from there and is
// reported as 0, the divergence's lower bound.
export function relativeEntropy(p: Float64Array, q: Float64Array): number {
  const divergence = sumOf(p, q, relativeEntropyTerm) + sumOf(p, q, (pi, qi) => pi - qi);
  return Math.max(0, divergence);
}

function entropyTerm(pi: number): number {
  return pi > 0 ? -pi * Math.log(pi) : 0;
}

function crossEntropyTerm(pi: number, qi: number): number {
  return pi > 0 ? -pi * Math.log(qi) : 0;
}

function relativeEntropyTerm(pi: number, qi: number): number {
  if (pi === 0) return qi;
  if (qi === 0) return Infinity;
  const t = (pi - qi) / qi;
  if (Math.abs(t) <= 0.1) return qi * phiNearOne(t);
  return pi * logRatio(pi, qi) - pi + qi;
}

// phi(1 + t) = (1 + t) log1p(t) - t = sum_{k>=2} (-t)^k / (k (k - 1)),
// summed until the terms stop mattering (|t| <= 0.1: at most 16 terms).
function phiNearOne(t: number): number {
  let sum = 0;
  let power = -t;
  for (let k = 2; k < 40; k++) {
    power *= -t;
    const term = power / (k * (k - 1));
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

function jensenShannonTerm(pi: number, qi: number): number {
  if (pi === 0 || qi === 0) return (pi + qi) * Math.LN2;
  const m = 0.5 * pi + 0.5 * qi;
  const x = (pi - qi) / (pi + qi);
  if (Math.abs(x) <= 0.5) return (pi - qi) * Math.atanh(x) + m * Math.log1p(-x * x);
  return pi * logRatio(pi, m) + qi * logRatio(qi, m);
}

// How many nats one unit of the base holds: 1 for e, log 2 for bits.
export function natsPerUnit(base: number): number {
  return base === Math.E ? 1 : Math.log(base);
}

type Term = (pi: number, qi: number) => number;

function sumOf(p: Float64Array, q: Float64Array, term: Term): number {
  const total = new CompensatedSum();
  for (let i = 0; i < p.length; i++) total.add(term(p[i]!, q[i]!));
  return total.value;
}

type RowMeasure = (pRow: Float64Array, qRow: Float64Array) => number;

// Applies a measure (in nats) to each pair of rows and converts the unit.
function byRow(p: Tensor, q: Tensor, base: number, measure: RowMeasure): Tensor {
  const { rows, cols } = asMatrix(p);
  const unit = natsPerUnit(base);
  const result = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const nats = measure(p.data.subarray(start, start + cols),
      q.data.subarray(start, start + cols));
    result[r] = nats / unit;
  }
  return new Tensor(result, p.rank === 2 ? [rows] : []);
}
