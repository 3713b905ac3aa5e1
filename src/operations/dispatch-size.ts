import type { AnyOperation } from './operation.js';

// The size the dispatcher weighs for a request: its body's bytes, or no
// limit at all for an operation whose cost its body does not bound.
export function dispatchSize(operation: AnyOperation, bodyBytes: number): number {
  return operation.heavy ? Number.POSITIVE_INFINITY : bodyBytes;
}
