import type { IResolvers } from 'mercurius';
import { runOperation } from '../run-operation.js';

export const samplingResolvers: IResolvers = {
  Query: {
    sample: (_root, args, context) => runOperation(context, '/sample', args),
  },
};
