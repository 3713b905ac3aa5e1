import { describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine/tensor.js';
import { execute } from '../../src/operations/execute.js';
import { checkDistributions } from '../../src/operations/probability-checks.js';
import { caseRequest, isErrorCase } from '../support/probability-cases.js';
import { loadReference } from '../support/reference.js';
import { problemOf } from '../support/problems.js';

const errorCases = ['information.json', 'probability.json']
  .flatMap((file) => loadReference(file).cases).filter(isErrorCase);

describe('the operations refuse every error case of the reference files', () => {
  for (const c of errorCases) {
    it(`${c.id} is refused with a 4xx problem`, () => {
      const request = caseRequest(c);
      const result = execute({ operation: request.operation, body: request.body,
        answer: 'wire-object' }, { maxElements: 1000 });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.status).toBeGreaterThanOrEqual(400);
      expect(result.problem.status).toBeLessThan(500);
    });
  }

  it('finds the error cases in the files', () => {
    expect(errorCases.length).toBe(8);
  });
});

describe('checkDistributions', () => {
  const matrix = new Tensor(Float64Array.of(0.5, 0.5, 0.25, 0.75), [2, 2]);

  it('returns the very tensor it checked, unrepaired', () => {
    expect(checkDistributions(matrix, 'p')).toBe(matrix);
  });

  it('accepts a sum off 1 by less than 1e-9 and refuses one off by more', () => {
    const within = new Tensor(Float64Array.of(0.5, 0.5 + 9e-10), [2]);
    expect(checkDistributions(within, 'p')).toBe(within);
    const beyond = new Tensor(Float64Array.of(0.5, 0.5 + 2e-9), [2]);
    expect(problemOf(() => checkDistributions(beyond, 'p')).errors![0]!.pointer).toBe('/p');
  });

  it('checks a joint table as one distribution with whole', () => {
    const problem = problemOf(() => checkDistributions(matrix, 'joint', { whole: true }));
    expect(problem.message).toMatch(/the table sums to 2/);
    const table = new Tensor(Float64Array.of(0.25, 0.25, 0.25, 0.25), [2, 2]);
    expect(checkDistributions(table, 'joint', { whole: true })).toBe(table);
  });

  it('normalises each row on its own, leaving the input untouched', () => {
    const weights = new Tensor(Float64Array.of(1, 3, 5, 5), [2, 2]);
    const scaled = checkDistributions(weights, 'p', { normalize: true });
    expect(Array.from(scaled.data)).toEqual([0.25, 0.75, 0.5, 0.5]);
    expect(Array.from(weights.data)).toEqual([1, 3, 5, 5]);
  });
});
