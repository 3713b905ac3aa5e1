import type { AnyOperation } from './operation.js';
import { logSoftmaxOperation, softmaxOperation } from './softmax.js';

// Every operation the service offers. Routes, GraphQL and the pool workers
// all look operations up here, so adding one here makes it available everywhere.
export const operations: readonly AnyOperation[] = [
  softmaxOperation,
  logSoftmaxOperation,
];

const byId = new Map(operations.map((operation) => [operation.id, operation]));

export function findOperation(id: string): AnyOperation | undefined {
  return byId.get(id);
}
