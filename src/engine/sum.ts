// sum_i x_i by Neumaier's compensated summation: the rounding error of each
// addition is carried separately and added back at the end, so the result
// is as accurate as if accumulated in about twice the precision, whatever
// the order of magnitudes. Compensation is meaningless once an infinity
// enters (Infinity - Infinity), so a non-finite plain sum is returned as is.
export function compensatedSum(values: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const term = values[i]!;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term : (term - next) + sum;
    sum = next;
  }
  return Number.isFinite(sum) ? sum + compensation : sum;
}
