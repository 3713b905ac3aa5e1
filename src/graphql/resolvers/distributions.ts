import type { IResolvers, MercuriusContext } from 'mercurius';
import { distributionCatalogue } from '../../operations/distributions/catalogue.js';
import { runOperation } from '../run-operation.js';
import { restName } from './enum-names.js';

// What Query.distribution hands to the Distribution type's fields: the path
// and parameters every method call reuses, and the summary already computed.
interface DistributionParent {
  name: string;
  path: string;
  params: Record<string, unknown> | undefined;
  summary: Record<string, unknown>;
}

type MethodArgs = Record<string, unknown>;

// Each method is one call of the same operation with that method asked.
function method(field: string, argument: 'x' | 'p') {
  return async (parent: DistributionParent, args: MethodArgs, context: MercuriusContext) => {
    const result = await runOperation(context, parent.path,
      { params: parent.params, [field]: args[argument] });
    return result[field];
  };
}

export const distributionResolvers: IResolvers = {
  Query: {
    distribution: async (_root, args: { name: string; params?: Record<string, unknown> | null },
      context) => {
      const name = restName(args.name);
      const path = `/distributions/${name}`;
      const params = args.params ?? undefined;
      // The summary is computed here, so invalid parameters fail once, at the top.
      const summary = await runOperation(context, path, { params });
      return { name, path, params, summary } satisfies DistributionParent;
    },
    distributions: () => distributionCatalogue,
  },
  Distribution: {
    mean: (parent: DistributionParent) => parent.summary.mean,
    variance: (parent: DistributionParent) => parent.summary.variance,
    std: (parent: DistributionParent) => parent.summary.std,
    entropy: (parent: DistributionParent) => parent.summary.entropy,
    support: (parent: DistributionParent) => parent.summary.support,
    pdf: method('pdf', 'x'),
    logPdf: method('logPdf', 'x'),
    pmf: method('pmf', 'x'),
    logPmf: method('logPmf', 'x'),
    cdf: method('cdf', 'x'),
    sf: method('sf', 'x'),
    quantile: method('quantile', 'p'),
    sample: async (parent: DistributionParent, args: { n: number; seed?: number | null },
      context: MercuriusContext) => {
      const result = await runOperation(context, parent.path, { params: parent.params,
        sample: args.seed == null ? { n: args.n } : { n: args.n, seed: args.seed } });
      return { values: result.sample, seed: result.seed };
    },
  },
};
