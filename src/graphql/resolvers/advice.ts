import type { IResolvers } from 'mercurius';
import { wholeTable } from '../../advice/advise.js';
import { runOperation } from '../run-operation.js';

export const adviceResolvers: IResolvers = {
  Query: {
    advice: (_root, args, context) => runOperation(context, '/advice', args),
    adviceTable: () => wholeTable(),
  },
};
