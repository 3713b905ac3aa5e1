import type { IResolvers } from 'mercurius';
import { lossCatalogue } from '../../operations/losses/catalogue.js';
import { runOperation } from '../run-operation.js';
import { restName } from './enum-names.js';

interface LossArgs {
  name: string;
  input: unknown;
  target: unknown;
  reduction?: string | null;
  params?: Record<string, unknown> | null;
}

export const lossResolvers: IResolvers = {
  Query: {
    loss: (_root, args: LossArgs, context) => runOperation(context,
      `/losses/${restName(args.name)}`, {
        input: args.input, target: args.target,
        reduction: args.reduction == null ? undefined : restName(args.reduction),
        ...args.params,
      }),
    losses: () => lossCatalogue,
  },
};
