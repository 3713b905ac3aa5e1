import type { IResolvers } from 'mercurius';
import { activationCatalogue } from '../../operations/activations/catalogue.js';
import { runOperation } from '../run-operation.js';
import { restName } from './enum-names.js';

interface ActivationArgs {
  name: string;
  x: unknown;
  gradient?: boolean | null;
  params?: Record<string, unknown> | null;
}

export const activationResolvers: IResolvers = {
  Query: {
    activation: (_root, args: ActivationArgs, context) => runOperation(context,
      `/activations/${restName(args.name)}`,
      { x: args.x, gradient: args.gradient, ...args.params }),
    activations: () => activationCatalogue(),
  },
};
