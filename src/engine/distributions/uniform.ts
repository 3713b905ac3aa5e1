import { moments, type Distribution } from './distribution.js';

// Uniform(low, high), low < high with a finite width w = high - low; the
// support is closed, so the pdf is 1 / w at both ends (SciPy's convention).
// cdf = (x - low) / w and sf = (high - x) / w, each from its own end so
// neither is 1 - the other. The quantile also starts from the nearer end.
// Entropy log w.
export function uniform(low: number, high: number): Distribution {
  const width = high - low;
  return {
    discrete: false,
    support: { lower: low, upper: high },
    density: () => 1 / width,
    logDensity: () => -Math.log(width),
    cdf: (x) => (x - low) / width,
    sf: (x) => (high - x) / width,
    quantile: (p) => (p <= 0.5 ? low + p * width : high - (1 - p) * width),
    moments: () => moments(low + width / 2, width * width / 12, Math.log(width)),
  };
}
