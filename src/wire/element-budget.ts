import { ProblemError } from '../errors/problem-error.js';

// Counts tensor elements across all fields of one request, so the limit
// holds for the request as a whole and is checked before any allocation.
export class ElementBudget {
  private used = 0;

  constructor(readonly maxElements: number) {}

  take(count: number, pointer: string): void {
    this.used += count;
    if (this.used > this.maxElements) {
      throw new ProblemError('too-many-elements',
        `the request holds more than ${this.maxElements} tensor elements (MAX_ELEMENTS)`,
        [{ pointer, message: `too many elements (limit ${this.maxElements})` }]);
    }
  }
}
