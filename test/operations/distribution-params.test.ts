import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/errors/problem-error.js';
import { findDistribution } from '../../src/operations/distributions/definitions.js';
import { resolveParams } from '../../src/operations/distributions/params.js';
import { isInvalid, routeName } from '../support/distribution-cases.js';
import { loadReference } from '../support/reference.js';

const reference = loadReference('distributions.json');

function check(op: string, params: Record<string, number>): void {
  const definition = findDistribution(routeName(op))!;
  const values = resolveParams(definition.params, params);
  definition.check?.(values);
}

describe('distribution parameters', () => {
  for (const c of reference.cases.filter(isInvalid)) {
    it(`refuses ${c.id} with a domain error naming the parameter`, () => {
      let error: unknown;
      try {
        check(c.op, c.params as Record<string, number>);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ProblemError);
      const problem = error as ProblemError;
      expect(problem.code).toBe('domain-error');
      const named = problem.errors![0]!.pointer.replace('/params/', '');
      expect(Object.keys(c.params)).toContain(named);
    });
  }

  it('accepts every valid parameter set of the reference', () => {
    for (const c of reference.cases.filter((c) => !isInvalid(c))) {
      expect(() => check(c.op, c.params as Record<string, number>), c.id).not.toThrow();
    }
  });

  it('fills in defaults', () => {
    const normal = findDistribution('normal')!;
    expect(resolveParams(normal.params, {})).toEqual({ mean: 0, std: 1 });
    expect(resolveParams(normal.params, undefined)).toEqual({ mean: 0, std: 1 });
  });
});
