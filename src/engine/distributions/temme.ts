// stdlib implements Temme's uniform asymptotic expansion of the incomplete
// gamma function for large a inside gammainc but does not export it; its
// routing never reaches it for x > 1000 (see incomplete-gamma.ts). The file
// is loaded by path: the lock file pins the package version, and a test
// compares the results with SciPy's values.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const temme = require('@stdlib/math-base-special-gammainc/lib/igamma_temme_large.js') as
  (a: number, x: number) => number;

// Q(a, x) for x >= a, P(a, x) for x < a, when a is large and x near a.
export function temmeLargeShape(a: number, x: number): number {
  return temme(a, x);
}
