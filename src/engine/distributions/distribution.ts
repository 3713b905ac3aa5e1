// The smallest and largest values a distribution can take; either may be
// infinite. Discrete supports are the integers between the two.
export interface Support {
  lower: number;
  upper: number;
}

export interface Moments {
  mean: number;
  variance: number;
  std: number;
  // Differential entropy for continuous distributions, Shannon entropy for
  // discrete ones; in nats.
  entropy: number;
}

// One distribution with its parameters fixed. The pointwise methods are only
// called inside the support (for a discrete distribution: on an integer of
// the support) and quantile only on p in (0, 1); ./methods.ts handles the
// rest (outside the support, infinities, non-integers, p = 0 or 1) once for
// every distribution. density is the pdf of a continuous distribution and
// the pmf of a discrete one. An undefined moment is NaN, an infinite one
// Infinity.
export interface Distribution {
  readonly discrete: boolean;
  readonly support: Support;
  density(x: number): number;
  logDensity(x: number): number;
  cdf(x: number): number;
  sf(x: number): number;
  quantile(p: number): number;
  moments(): Moments;
}

// The moments from mean, variance and entropy: std is sqrt(variance), which
// keeps an infinite variance infinite and an undefined one undefined.
export function moments(mean: number, variance: number, entropy: number): Moments {
  return { mean, variance, std: Math.sqrt(variance), entropy };
}

// x * log(y) with 0 * log(0) = 0, the convention of entropy and of the
// powers p^0 in a pmf.
export function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

// x * log1p(y) with the same convention at x = 0.
export function xlog1py(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log1p(y);
}
