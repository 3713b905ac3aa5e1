const minNormal = 2 ** -1022;

// log(a / b) for a, b >= 0, accurate where it matters:
// - near a = b the answer is small and log(a / b) would keep only the
//   rounding of the quotient, so it is log1p((a - b) / b), where a - b is
//   exact (Sterbenz) and the relative error stays at a few ulps;
// - where a / b overflows or underflows (b or a subnormal) it is
//   log(a) - log(b), which stays finite.
// Special cases: log(0 / b) = -Infinity, log(a / 0) = Infinity for a > 0;
// 0 / 0 gives NaN and must be excluded by the caller (0 * log 0 = 0).
export function logRatio(a: number, b: number): number {
  const ratio = a / b;
  if (ratio > 0.5 && ratio < 2) return Math.log1p((a - b) / b);
  if (ratio >= minNormal && ratio < Infinity) return Math.log(ratio);
  return Math.log(a) - Math.log(b);
}
