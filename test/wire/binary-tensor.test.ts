import { describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine/tensor.js';
import { parseShape, readTensorBytes, writeTensorBytes } from '../../src/wire/binary-tensor.js';
import { ElementBudget } from '../../src/wire/element-budget.js';

const budget = () => new ElementBudget(1000);

describe('raw tensor bodies', () => {
  it('reads a float64 body in place when it is aligned', () => {
    const bytes = new Uint8Array(Float64Array.of(1, -Infinity, 3).buffer);
    const tensor = readTensorBytes(bytes, 'float64', '1,3', budget(), '/x');
    expect(tensor.shape).toEqual([1, 3]);
    expect(tensor.data.buffer).toBe(bytes.buffer);
    expect([...tensor.data]).toEqual([1, -Infinity, 3]);
  });

  it('copies a body that starts at an odd offset instead of misreading it', () => {
    const padded = new Uint8Array(17);
    padded.set(new Uint8Array(Float64Array.of(0.1, 2.5).buffer), 1);
    const tensor = readTensorBytes(padded.subarray(1), 'float64', undefined, budget(), '/x');
    expect([...tensor.data]).toEqual([0.1, 2.5]);
  });

  it('widens float32 to float64 exactly', () => {
    const bytes = new Uint8Array(Float32Array.of(0.1, 1e30).buffer);
    const tensor = readTensorBytes(bytes, 'float32', '2', budget(), '/x');
    expect([...tensor.data]).toEqual([Math.fround(0.1), Math.fround(1e30)]);
  });

  it('counts elements against the budget before converting', () => {
    const bytes = new Uint8Array(8 * 11);
    expect(() => readTensorBytes(bytes, 'float64', undefined, new ElementBudget(10), '/x'))
      .toThrow(/more than 10 tensor elements/);
  });

  it('writes several tensors back to back, rounding to float32 when asked', () => {
    const y = new Tensor(Float64Array.of(0.1, 2), [2]);
    const gradient = new Tensor(Float64Array.of(NaN, -0), [2]);
    const bytes = writeTensorBytes([y, gradient], 'float32');
    expect([...new Float32Array(bytes.buffer)]).toEqual([Math.fround(0.1), 2, NaN, -0]);
    expect(bytes.byteLength).toBe(16);
  });

  it('parses N and R,C and names /shape otherwise', () => {
    expect(parseShape('6', 6)).toEqual([6]);
    expect(parseShape('2,3', 6)).toEqual([2, 3]);
    expect(() => parseShape('3,3', 6)).toThrow(/holds 9 elements but the body holds 6/);
    expect(() => parseShape('1,2,3', 6)).toThrow(/expected "N" or "R,C"/);
  });
});
