import betainc from '@stdlib/math-base-special-betainc';
import betaln from '@stdlib/math-base-special-betaln';
import { moments, xlog1py, xlogy, type Distribution } from './distribution.js';
import { discreteQuantile, entropyBySum } from './discrete.js';
import { standardNormalQuantile } from './normal.js';

// From this variance on the entropy uses its asymptotic expansion.
const ASYMPTOTIC_VARIANCE = 1e6;

// Binomial(n, p), n a non-negative integer, p in [0, 1], support 0..n.
// log pmf(k) = log C(n, k) + k log p + (n - k) log1p(-p), with
// log C(n, k) = -log(n + 1) - log B(k + 1, n - k + 1) (betaln, accurate for
// large arguments) and 0 log 0 = 0 at p = 0 or 1. For k < n:
// sf(k) = I_p(k + 1, n - k) and cdf(k) = 1 - I_p(k + 1, n - k), the latter
// as the upper incomplete beta, so neither tail is a difference. The
// quantile searches from the normal estimate.
// Entropy: the sum over k within 20 sd of the mean (plus 30 terms) while the
// variance v = n p (1 - p) is below 1e6; from there the Edgeworth expansion
// 1/2 log(2 pi e v) - (1 - 2p)^2 / (12 v), whose next term is O(1 / v^2).
// Known shortcoming: the log pmf sums terms of size n |log p|, so it loses
// about log10(n) digits for very large n (a saddle-point form would not).
export function binomial(n: number, p: number): Distribution {
  const logPmf = (k: number): number =>
    -Math.log(n + 1) - betaln(k + 1, n - k + 1) + xlogy(k, p) + xlog1py(n - k, -p);
  const mean = n * p;
  const variance = n * p * (1 - p);
  const sd = Math.sqrt(variance);

  const entropy = (): number => {
    if (variance >= ASYMPTOTIC_VARIANCE) {
      return 0.5 * Math.log(2 * Math.PI * Math.E * variance) - (1 - 2 * p) ** 2 / (12 * variance);
    }
    const from = Math.max(0, Math.floor(mean - 20 * sd - 30));
    return entropyBySum(logPmf, from, Math.min(n, Math.ceil(mean + 20 * sd + 30)));
  };

  const distribution: Distribution = {
    discrete: true,
    support: { lower: 0, upper: n },
    density: (k) => Math.exp(logPmf(k)),
    logDensity: logPmf,
    cdf: (k) => (k >= n ? 1 : betainc(p, k + 1, n - k, true, true)),
    sf: (k) => (k >= n ? 0 : betainc(p, k + 1, n - k, true, false)),
    quantile: (q) => discreteQuantile(distribution, q, mean + sd * standardNormalQuantile(q)),
    moments: () => moments(mean, variance, entropy()),
  };
  return distribution;
}
