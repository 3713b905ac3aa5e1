import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropy } from '../../src/engine/information.js';
import { conditionalProbability, summarizeJointTable } from '../../src/engine/joint-table.js';
import { Tensor } from '../../src/engine/tensor.js';
import { expectClose, loadReference } from '../support/reference.js';
import { isErrorCase } from '../support/probability-cases.js';

const reference = loadReference('probability.json');

function table(rows: number[][]): Tensor {
  return new Tensor(Float64Array.from(rows.flat()), [rows.length, rows[0]!.length]);
}

function rowsOf(tensor: Tensor): number[][] {
  const cols = tensor.shape[1]!;
  return Array.from({ length: tensor.shape[0]! },
    (_, r) => Array.from(tensor.data.subarray(r * cols, (r + 1) * cols)));
}

const H = (values: ArrayLike<number>) =>
  entropy(new Tensor(Float64Array.from(values), [values.length]), Math.E).data[0]!;

describe('conditionalProbability against the reference vectors', () => {
  const cases = reference.cases.filter((c) => c.op === 'conditional' && !isErrorCase(c));
  for (const c of cases) {
    it(`${c.id} matches the reference`, () => {
      const { joint, marginal } = c.input as Record<string, number>;
      expectClose(conditionalProbability(joint!, marginal!), c.expected.probability,
        c.tolerance, c.id);
    });
  }

  it('covers the valid conditional cases of the file', () => {
    expect(cases.length).toBe(4);
  });
});

describe('summarizeJointTable', () => {
  it('finds a product table independent, with no mutual information', () => {
    const summary = summarizeJointTable(table([[0.12, 0.28], [0.18, 0.42]]), Math.E);
    expectClose(Array.from(summary.rowMarginals), [0.4, 0.6], { rel: 1e-15, abs: 0 });
    expectClose(Array.from(summary.columnMarginals), [0.3, 0.7], { rel: 1e-15, abs: 0 });
    expectClose(rowsOf(summary.columnGivenRow), [[0.3, 0.7], [0.3, 0.7]], { rel: 1e-15, abs: 0 });
    expectClose(rowsOf(summary.rowGivenColumn), [[0.4, 0.4], [0.6, 0.6]], { rel: 1e-15, abs: 0 });
    expect(summary.independent).toBe(true);
    expect(summary.mutualInformation).toBeLessThan(1e-15);
  });

  it('finds a diagonal table dependent, with log 2 of mutual information', () => {
    const summary = summarizeJointTable(table([[0.5, 0], [0, 0.5]]), 2);
    expect(summary.independent).toBe(false);
    expect(summary.mutualInformation).toBe(1);
  });

  it('calls a table that differs from a product in the 8th digit dependent', () => {
    const summary = summarizeJointTable(table([[0.12 + 1e-8, 0.28 - 1e-8], [0.18 - 1e-8,
      0.42 + 1e-8]]), Math.E);
    expect(summary.independent).toBe(false);
    expect(summary.mutualInformation).toBeGreaterThan(0);
  });

  it('gives 0 and lists the index where conditioning on a zero-probability event', () => {
    const summary = summarizeJointTable(table([[0.5, 0, 0.2], [0, 0, 0], [0.1, 0, 0.2]]), Math.E);
    expect(summary.zeroMarginalRows).toEqual([1]);
    expect(summary.zeroMarginalColumns).toEqual([1]);
    expect(rowsOf(summary.columnGivenRow)[1]).toEqual([0, 0, 0]);
    expect(rowsOf(summary.rowGivenColumn).map((row) => row[1])).toEqual([0, 0, 0]);
    expect([...summary.columnGivenRow.data, ...summary.rowGivenColumn.data]
      .every(Number.isFinite)).toBe(true);
  });

  const tables = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([rows, cols]) => fc.array(fc.array(fc.oneof(fc.constant(0),
      fc.double({ min: 1e-4, max: 1, noNaN: true })), { minLength: cols, maxLength: cols }),
    { minLength: rows, maxLength: rows }))
    .filter((rows) => rows.flat().some((x) => x > 0))
    .map((rows) => {
      const total = rows.flat().reduce((a, b) => a + b, 0);
      return rows.map((row) => row.map((x) => x / total));
    });

  it('satisfies I(X; Y) = H(X) + H(Y) - H(X, Y) and its conditionals sum to 1', () => {
    fc.assert(fc.property(tables, (rows) => {
      const summary = summarizeJointTable(table(rows), Math.E);
      const identity = H(summary.rowMarginals) + H(summary.columnMarginals) - H(rows.flat());
      expectClose(summary.mutualInformation, Math.max(0, identity), { rel: 1e-9, abs: 1e-14 });
      rowsOf(summary.columnGivenRow).forEach((row, i) => {
        if (summary.zeroMarginalRows.includes(i)) return;
        expectClose(row.reduce((a, b) => a + b, 0), 1, { rel: 0, abs: 1e-14 });
      });
    }));
  });
});
