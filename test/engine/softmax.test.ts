import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax, type SoftmaxOptions } from '../../src/engine/softmax.js';
import { Tensor } from '../../src/engine/tensor.js';
import {
  expectClose, fromWire, generateInput, holdsNaN, loadReference, type ModularGenerator,
} from '../support/reference.js';

const reference = loadReference('softmax.json');

function tensorOf(value: unknown): Tensor {
  const numbers = fromWire(value) as number[] | number[][];
  if (Array.isArray(numbers[0])) {
    const rows = numbers as number[][];
    return new Tensor(Float64Array.from(rows.flat()), [rows.length, rows[0]!.length]);
  }
  return new Tensor(Float64Array.from(numbers as number[]), [numbers.length]);
}

function nested(tensor: Tensor): number[] | number[][] {
  if (tensor.rank === 1) return Array.from(tensor.data);
  const cols = tensor.shape[1]!;
  return Array.from({ length: tensor.shape[0]! },
    (_, r) => Array.from(tensor.data.subarray(r * cols, (r + 1) * cols)));
}

function optionsOf(params: Record<string, unknown>, rank: number): SoftmaxOptions {
  const dim = params.dim as number;
  return { axis: rank === 2 && dim === 0 ? 'columns' : 'rows',
    temperature: params.temperature as number };
}

describe('the softmax engine against the reference vectors', () => {
  for (const c of reference.cases) {
    const engine = c.op === 'softmax' ? softmax : logSoftmax;

    it(`${c.id} matches the reference`, () => {
      if ('generator' in c.input) {
        const x = generateInput(c.input.generator as ModularGenerator);
        const y = engine(new Tensor(Float64Array.from(x), [x.length]), optionsOf(c.params, 1));
        const at = c.expected.yAt as { indices: number[]; values: number[] };
        at.indices.forEach((index, k) =>
          expectClose(y.data[index], at.values[k], c.tolerance, `${c.id}[${index}]`));
        if ('sum' in c.expected) {
          expectClose(y.data.reduce((a, b) => a + b, 0), c.expected.sum, c.tolerance, 'sum');
        }
        return;
      }
      const x = tensorOf(c.input.x);
      const y = engine(x, optionsOf(c.params, x.rank));
      // Where PyTorch records NaN the engine gives NaN too; the API refuses
      // those inputs with 422 (tested over HTTP).
      expectClose(nested(y), c.expected.y, c.tolerance, c.id);
    });
  }

  it('covers every case of the file, masked rows included', () => {
    expect(reference.cases.length).toBe(74);
    expect(reference.cases.filter((c) => holdsNaN(c.expected)).length).toBeGreaterThan(0);
  });
});

describe('softmax', () => {
  it('sums to one along the chosen axis of a matrix', () => {
    const x = new Tensor(Float64Array.of(1, 2, 3, 4, 5, 7), [2, 3]);
    const byColumns = softmax(x, { axis: 'columns', temperature: 1 }).data;
    expect(byColumns[0]! + byColumns[3]!).toBeCloseTo(1, 15);
    const byRows = softmax(x, { axis: 'rows', temperature: 1 }).data;
    expect(byRows[3]! + byRows[4]! + byRows[5]!).toBeCloseTo(1, 15);
  });

  it('keeps log-softmax finite when x - max overflows but the answer does not', () => {
    const x = new Tensor(Float64Array.of(-1e308, 1e308), [2]);
    const y = logSoftmax(x, { axis: 'rows', temperature: 4 }).data;
    expect(y[0]).toBeCloseTo(-5e307, -300);
    expect(Number.isFinite(y[0])).toBe(true);
  });
});

describe('softmax into a given array', () => {
  const matrixCases = reference.cases.filter((c) => !('generator' in c.input));

  it('gives the same bits in place as into a fresh array, for every reference case', () => {
    for (const c of matrixCases) {
      const engine = c.op === 'softmax' ? softmax : logSoftmax;
      const x = tensorOf(c.input.x);
      const options = optionsOf(c.params, x.rank);
      const fresh = engine(x, options).data;
      const inPlace = engine(x, options, x.data).data;
      expect(inPlace, c.id).toBe(x.data);
      expect(Array.from(inPlace), c.id).toEqual(Array.from(fresh));
    }
  });

  it('refuses an output of the wrong length', () => {
    const x = new Tensor(Float64Array.of(1, 2, 3), [3]);
    expect(() => softmax(x, { axis: 'rows', temperature: 1 }, new Float64Array(2)))
      .toThrow(RangeError);
  });

  it('sums a vector spanning many sum blocks to 1 within a few ulps', () => {
    const length = 250_003;
    const x = Float64Array.from({ length }, (_, i) => 30 * Math.sin(i * 0.618));
    const y = softmax(new Tensor(x, [length]), { axis: 'rows', temperature: 1 }).data;
    let sum = 0;
    let compensation = 0;
    for (const value of y) {
      const next = sum + value;
      compensation += Math.abs(sum) >= value ? (sum - next) + value : (value - next) + sum;
      sum = next;
    }
    expect(Math.abs(sum + compensation - 1)).toBeLessThan(1e-13);
  });
});
