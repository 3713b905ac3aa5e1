import type { IResolvers } from 'mercurius';
import { runOperation } from '../run-operation.js';

export const softmaxResolvers: IResolvers = {
  Query: {
    softmax: (_root, args, context) => runOperation(context, '/softmax', args),
    logSoftmax: (_root, args, context) => runOperation(context, '/log-softmax', args),
  },
};
