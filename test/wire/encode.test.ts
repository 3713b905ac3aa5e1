import { describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine/tensor.js';
import { toJsonText } from '../../src/wire/encode.js';

// Values whose shortest spelling has many digits, like real probabilities.
function values(count: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => Math.sin(i + 0.5) / 3);
}

describe('JSON text of tensors', () => {
  it.each([10, 5000])('prints a vector of %i numbers as JSON.stringify would', (count) => {
    const data = values(count);
    expect(toJsonText({ y: new Tensor(data, [count]) }))
      .toBe(JSON.stringify({ y: Array.from(data) }));
  });

  it.each([[2, 3], [3, 2000]])('prints a %i x %i matrix row by row', (rows, cols) => {
    const data = values(rows * cols);
    const expected = Array.from({ length: rows },
      (_, r) => Array.from(data.subarray(r * cols, (r + 1) * cols)));
    expect(toJsonText(new Tensor(data, [rows, cols]))).toBe(JSON.stringify(expected));
  });

  it.each([10, 5000])('spells non-finite values as strings in a tensor of %i', (count) => {
    const data = values(count);
    data[1] = -Infinity;
    data[count - 1] = NaN;
    const parsed = JSON.parse(toJsonText(new Tensor(data, [count]))) as unknown[];
    expect(parsed[1]).toBe('-Infinity');
    expect(parsed[count - 1]).toBe('NaN');
    expect(parsed[0]).toBe(data[0]);
  });
});
