import { RankedTokens } from './ranked-tokens.js';

// The truncation knobs of a language-model sampler. A knob that is off has
// its neutral value: topK Infinity, topP 1, minP 0.
export interface SamplingFilters {
  topK: number;
  topP: number;
  minP: number;
}

export const noFilters: SamplingFilters = { topK: Infinity, topP: 1, minP: 0 };

// Truncates one distribution p (non-negative, summing to about 1) and writes
// the renormalised survivors to out, zeros elsewhere. In order:
// - top-k keeps the k most probable tokens;
// - top-p (nucleus) keeps the shortest run of the most probable survivors
//   whose mass reaches topP times the survivors' mass, including the token
//   that crosses the threshold;
// - min-p keeps the tokens with p >= minP * max p.
// "Most probable" is RankedTokens' total order (a lower index wins a tie), so
// a tie at a boundary keeps the lower index. Each filter keeps a prefix of
// that order and the top token always survives, so the result is never
// empty when p has a positive entry.
export function filterDistribution(
  p: Float64Array, filters: SamplingFilters, out: Float64Array,
): void {
  const threshold = filters.minP * maximum(p);
  out.fill(0);
  if (filters.topK === Infinity && filters.topP >= 1) {
    // min-p alone needs no order: a threshold pass over the row.
    for (let i = 0; i < p.length; i++) if (p[i]! > 0 && p[i]! >= threshold) out[i] = p[i]!;
  } else {
    const ranked = new RankedTokens(p, filters.topK);
    const kept = keptByTopP(p, ranked, filters.topP);
    for (let rank = 0; rank < kept; rank++) {
      const token = ranked.at(rank);
      if (p[token]! < threshold) break;
      out[token] = p[token]!;
    }
  }
  renormalise(out);
}

// How many of the tokens top-k left (ranked) top-p keeps. Its target is
// relative to the mass top-k left, as when top-k masks the logits and top-p
// works on the softmax of what remains.
function keptByTopP(p: Float64Array, ranked: RankedTokens, topP: number): number {
  if (topP >= 1) return ranked.length;

  let mass = 0;
  if (ranked.length < ranked.candidates) {
    for (let rank = 0; rank < ranked.length; rank++) mass += p[ranked.at(rank)]!;
  } else {
    for (let i = 0; i < p.length; i++) mass += p[i]!;
  }

  const target = topP * mass;
  let cumulative = 0;
  for (let rank = 0; rank < ranked.length; rank++) {
    cumulative += p[ranked.at(rank)]!;
    if (cumulative >= target) return rank + 1;
  }
  // Rounding kept the sum just below the target: every survivor stays.
  return ranked.length;
}

function maximum(p: Float64Array): number {
  let max = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > max) max = p[i]!;
  return max;
}

function renormalise(out: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += out[i]!;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
}
