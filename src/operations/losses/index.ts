import type { AnyOperation } from '../operation.js';
import { binaryCrossEntropyLoss, binaryCrossEntropyWithLogitsLoss } from './binary.js';
import { crossEntropyLoss, nllLoss } from './classification.js';
import { lossOperation, type AnyLossDefinition } from './define-loss.js';
import { klDivLoss, poissonNllLoss } from './divergence.js';
import { huberLoss, l1Loss, logCoshLoss, mseLoss, smoothL1Loss } from './regression.js';

// Every loss the service offers, in the order of the catalogue.
export const lossDefinitions: readonly AnyLossDefinition[] = [
  mseLoss, l1Loss, huberLoss, smoothL1Loss, logCoshLoss,
  crossEntropyLoss, nllLoss, binaryCrossEntropyLoss, binaryCrossEntropyWithLogitsLoss,
  klDivLoss, poissonNllLoss,
];

// One operation per name a loss answers to, aliases included.
export const lossOperations: readonly AnyOperation[] = lossDefinitions.flatMap((definition) =>
  [definition.name, ...(definition.aliases ?? [])].map((name) => lossOperation(definition, name)));

export const lossNames: readonly string[] = lossDefinitions.flatMap((definition) =>
  [definition.name, ...(definition.aliases ?? [])]);
