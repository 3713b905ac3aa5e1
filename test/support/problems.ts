import { ProblemError } from '../../src/errors/problem-error.js';

// The problem an action throws; anything else (or nothing) fails the test.
export function problemOf(action: () => unknown): ProblemError {
  try {
    action();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a problem, but nothing was thrown');
}
