import type { IResolvers } from 'mercurius';
import { runOperation } from '../run-operation.js';

export const probabilityResolvers: IResolvers = {
  Query: {
    entropy: (_root, args, context) => runOperation(context, '/information/entropy', args),
    crossEntropy: (_root, args, context) =>
      runOperation(context, '/information/cross-entropy', args),
    klDivergence: (_root, args, context) =>
      runOperation(context, '/information/kl-divergence', args),
    jsDivergence: (_root, args, context) =>
      runOperation(context, '/information/js-divergence', args),
    expectation: (_root, args, context) =>
      runOperation(context, '/probability/expectation', args),
    bayes: (_root, args, context) => runOperation(context, '/probability/bayes', args),
    conditional: (_root, args, context) =>
      runOperation(context, '/probability/conditional', args),
  },
};
