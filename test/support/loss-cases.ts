import type { ReferenceCase } from './reference.js';

// The reference files name losses as torch.nn.functional does, in
// camelCase; the service serves them under kebab-case routes.
export const lossRouteOf: Readonly<Record<string, string>> = {
  mseLoss: 'mse',
  l1Loss: 'l1',
  huberLoss: 'huber',
  smoothL1Loss: 'smooth-l1',
  logCosh: 'log-cosh',
  crossEntropy: 'cross-entropy',
  nllLoss: 'nll',
  binaryCrossEntropy: 'binary-cross-entropy',
  binaryCrossEntropyWithLogits: 'binary-cross-entropy-with-logits',
  klDiv: 'kl-div',
  poissonNllLoss: 'poisson-nll',
};

export function isLossCase(c: ReferenceCase): boolean {
  return c.op in lossRouteOf;
}

// The request a reference case becomes: every parameter passed explicitly,
// except the ones the file marks "not given" with null.
export function lossRequest(c: ReferenceCase, name = lossRouteOf[c.op]!) {
  const parameters = Object.fromEntries(
    Object.entries(c.params).filter(([, value]) => value !== null));
  return {
    path: `/losses/${name}`,
    body: { input: c.input.input, target: c.input.target, ...parameters },
  };
}
