import { activationOperationList } from './activations/operations.js';
import { adviceOperation } from './advice.js';
import { distributionDefinitions } from './distributions/definitions.js';
import { distributionOperation } from './distributions/operation.js';
import { lossOperations } from './losses/index.js';
import type { AnyOperation } from './operation.js';
import { bayesOperation } from './bayes.js';
import { conditionalOperation } from './conditional.js';
import { expectationOperation } from './expectation.js';
import {
  crossEntropyOperation, entropyOperation, jsDivergenceOperation, klDivergenceOperation,
} from './information.js';
import { sampleOperation } from './sample.js';
import { logSoftmaxOperation, softmaxOperation } from './softmax.js';

// Every operation the service offers. Routes, GraphQL and the pool workers
// all look operations up here, so adding one here makes it available everywhere.
export const operations: readonly AnyOperation[] = [
  softmaxOperation,
  logSoftmaxOperation,
  sampleOperation,
  ...activationOperationList,
  ...lossOperations,
  entropyOperation,
  crossEntropyOperation,
  klDivergenceOperation,
  jsDivergenceOperation,
  expectationOperation,
  bayesOperation,
  conditionalOperation,
  ...distributionDefinitions.map(distributionOperation),
  adviceOperation,
];

const byId = new Map(operations.map((operation) => [operation.id, operation]));
const byPath = new Map(operations.map((operation) => [operation.path, operation]));

export function findOperation(id: string): AnyOperation | undefined {
  return byId.get(id);
}

// GraphQL names its capabilities after the REST routes that serve them.
export function findOperationByPath(path: string): AnyOperation | undefined {
  return byPath.get(path);
}
