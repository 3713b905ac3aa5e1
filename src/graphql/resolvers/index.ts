import type { IResolvers } from 'mercurius';
import { scalarResolvers } from '../scalars.js';
import { activationResolvers } from './activations.js';
import { adviceResolvers } from './advice.js';
import { distributionResolvers } from './distributions.js';
import { lossResolvers } from './losses.js';
import { probabilityResolvers } from './probability.js';
import { samplingResolvers } from './sampling.js';
import { softmaxResolvers } from './softmax.js';

const families: IResolvers[] = [
  softmaxResolvers,
  activationResolvers,
  lossResolvers,
  probabilityResolvers,
  distributionResolvers,
  samplingResolvers,
  adviceResolvers,
];

// Resolvers only translate arguments to an operation's body and back; each
// family's file maps its fields onto the REST paths that serve them.
export function buildResolvers(version: string): IResolvers {
  const query: Record<string, unknown> = {
    service: () => ({ name: 'probity', version }),
  };
  const types: IResolvers = {};
  for (const family of families) {
    for (const [typeName, fields] of Object.entries(family)) {
      if (typeName === 'Query') Object.assign(query, fields);
      else types[typeName] = fields;
    }
  }
  return {
    ...scalarResolvers,
    ...types,
    Query: query,
  } as IResolvers;
}
