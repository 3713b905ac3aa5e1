import type { SeededRandom } from '../random.js';
import type { Distribution } from './distribution.js';

export type PointMethod = 'density' | 'logDensity' | 'cdf' | 'sf';

// Values of one pointwise method at every x, with what every distribution
// shares handled here once: below the support the density is 0 (log
// -Infinity), the cdf 0 and the sf 1; above it the density is 0, the cdf 1
// and the sf 0 (this covers x = -Infinity and Infinity). A discrete
// distribution has no mass between integers: its pmf is 0 there and its
// cdf and sf are those at floor(x).
export function evaluate(distribution: Distribution, method: PointMethod,
  xs: Float64Array): Float64Array {
  const { lower, upper } = distribution.support;
  const result = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const k = distribution.discrete ? Math.floor(x) : x;
    if (k < lower || x > upper) {
      result[i] = outside(method, k < lower);
    } else if (k !== x && (method === 'density' || method === 'logDensity')) {
      result[i] = method === 'density' ? 0 : -Infinity;
    } else {
      result[i] = distribution[method](k);
    }
  }
  return result;
}

function outside(method: PointMethod, below: boolean): number {
  if (method === 'density') return 0;
  if (method === 'logDensity') return -Infinity;
  if (method === 'cdf') return below ? 0 : 1;
  return below ? 1 : 0;
}

// The quantile at each p in [0, 1]: the support's ends at p = 0 and p = 1,
// the distribution's own inverse in between.
export function quantiles(distribution: Distribution, ps: Float64Array): Float64Array {
  const { lower, upper } = distribution.support;
  return ps.map((p) => (p === 0 ? lower : p === 1 ? upper : distribution.quantile(p)));
}

// n draws by inversion: quantile(u) for u uniform on (0, 1) from the seeded
// generator. Slower than the specialised samplers of NumPy, but exact to the
// accuracy of the quantile, the same for every distribution, and the same
// numbers for the same seed on every machine.
export function sample(distribution: Distribution, n: number, random: SeededRandom): Float64Array {
  const draws = new Float64Array(n);
  for (let i = 0; i < n; i++) draws[i] = distribution.quantile(random.nextOpenDouble());
  return draws;
}
