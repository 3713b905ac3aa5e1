// A running sum with Neumaier's compensation: the low-order bits each
// addition loses are collected separately and added back at the end, so the
// total is accurate to about one rounding whatever the order of the terms.
// Used wherever a sum must be compared with 1 or feeds a cancellation.
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const next = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term)
      ? (this.sum - next) + term
      : (term - next) + this.sum;
    this.sum = next;
  }

  // An infinite term makes the compensation NaN (Infinity - Infinity); the
  // sum itself is then the answer.
  get value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum;
  }
}

// Sum of data[start], data[start + stride], ... (count terms), compensated.
export function compensatedSum(
  data: Float64Array, start = 0, count = data.length, stride = 1,
): number {
  const total = new CompensatedSum();
  for (let k = 0; k < count; k++) total.add(data[start + k * stride]!);
  return total.value;
}
