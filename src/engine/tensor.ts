// A dense float64 tensor of rank 0, 1 or 2, stored row-major. Shape [] is a
// scalar, [n] a vector, [rows, cols] a matrix whose rows are a batch.
export class Tensor {
  readonly data: Float64Array;
  readonly shape: readonly number[];

  constructor(data: Float64Array, shape: readonly number[]) {
    const expected = shape.reduce((product, size) => product * size, 1);
    if (expected !== data.length) {
      throw new RangeError(`shape [${shape.join(', ')}] needs ${expected} elements, got ${data.length}`);
    }
    this.data = data;
    this.shape = shape;
  }

  get rank(): number {
    return this.shape.length;
  }

  // A tensor of the same shape holding other values: for elementwise results.
  withData(data: Float64Array): Tensor {
    return new Tensor(data, this.shape);
  }
}

// Rows and columns of a tensor seen as a matrix: a vector is one row.
export function asMatrix(tensor: Tensor): { rows: number; cols: number } {
  if (tensor.rank === 2) return { rows: tensor.shape[0]!, cols: tensor.shape[1]! };
  return { rows: 1, cols: tensor.data.length };
}
