import type { LightMyRequestResponse as Response } from 'fastify';
import { expect } from 'vitest';

// What a test expects of a problem answer; `pointer` checks the first
// entry of `errors`, `pointers` all of them in order.
export interface ExpectedProblem {
  status: number;
  code: string;
  pointer?: string;
  pointers?: string[];
}

// Checks an injected response is the expected RFC 9457 problem, and that
// nothing in it looks like a stack trace.
export function expectProblem(response: Response, expected: ExpectedProblem): void {
  expect(response.statusCode).toBe(expected.status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem).toMatchObject({ status: expected.status, code: expected.code,
    type: `/problems/${expected.code}` });
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
  if (expected.pointer !== undefined) expect(problem.errors[0].pointer).toBe(expected.pointer);
  if (expected.pointers !== undefined) {
    expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expected.pointers);
  }
  expect(response.body).not.toMatch(/\.(?:ts|js):\d+|node_modules|\bat (?:async )?\S+ \(/);
}
