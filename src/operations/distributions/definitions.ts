import { problemAt } from '../../errors/problem-error.js';
import { beta } from '../../engine/distributions/beta.js';
import { bernoulli } from '../../engine/distributions/bernoulli.js';
import { binomial } from '../../engine/distributions/binomial.js';
import type { Distribution } from '../../engine/distributions/distribution.js';
import { exponential } from '../../engine/distributions/exponential.js';
import { chiSquared, gamma } from '../../engine/distributions/gamma.js';
import { geometric } from '../../engine/distributions/geometric.js';
import { logNormal } from '../../engine/distributions/log-normal.js';
import { normal } from '../../engine/distributions/normal.js';
import { poisson } from '../../engine/distributions/poisson.js';
import { studentT } from '../../engine/distributions/student-t.js';
import { uniform } from '../../engine/distributions/uniform.js';
import {
  anyReal, count, positive, positiveProbability, probability, rate, type ParamSpec,
  type ParamValues,
} from './params.js';

// One distribution as the service offers it: its route name, parameters
// with defaults and ranges, the support in words, and how to build the
// engine's distribution from checked parameters. The routes, the request
// schemas and GET /distributions are all generated from this table.
export interface DistributionDefinition {
  name: string;
  summary: string;
  discrete: boolean;
  support: string;
  scipy: string;
  params: readonly ParamSpec[];
  // A rule between parameters, beyond each one's own range.
  check?(params: ParamValues): void;
  create(params: ParamValues): Distribution;
}

const p = (description: string, rule = probability): ParamSpec =>
  ({ name: 'p', description, rule });

export const distributionDefinitions: readonly DistributionDefinition[] = [
  { name: 'normal', summary: 'Normal (Gaussian) distribution', discrete: false,
    support: '(-Infinity, Infinity)', scipy: 'norm(loc=mean, scale=std)',
    params: [
      { name: 'mean', description: 'Mean', rule: anyReal, default: 0 },
      { name: 'std', description: 'Standard deviation', rule: positive, default: 1 },
    ],
    create: ({ mean, std }) => normal(mean!, std!) },
  { name: 'uniform', summary: 'Continuous uniform distribution', discrete: false,
    support: '[low, high]', scipy: 'uniform(loc=low, scale=high - low)',
    params: [
      { name: 'low', description: 'Lower end', rule: anyReal, default: 0 },
      { name: 'high', description: 'Upper end, above low', rule: anyReal, default: 1 },
    ],
    check: ({ low, high }) => {
      if (!(high! > low!) || !Number.isFinite(high! - low!)) {
        throw problemAt('domain-error', '/params/high',
          `must be above low (${low}) by a finite width, got ${high}`);
      }
    },
    create: ({ low, high }) => uniform(low!, high!) },
  { name: 'exponential', summary: 'Exponential distribution', discrete: false,
    support: '[0, Infinity)', scipy: 'expon(scale=1/rate)',
    params: [{ name: 'rate', description: 'Rate (1 / mean)', rule: positive, default: 1 }],
    create: ({ rate }) => exponential(rate!) },
  { name: 'gamma', summary: 'Gamma distribution', discrete: false,
    support: '[0, Infinity)', scipy: 'gamma(shape, scale=1/rate)',
    params: [
      { name: 'shape', description: 'Shape k', rule: positive },
      { name: 'rate', description: 'Rate (1 / scale)', rule: positive, default: 1 },
    ],
    create: ({ shape, rate }) => gamma(shape!, rate!) },
  { name: 'beta', summary: 'Beta distribution', discrete: false,
    support: '[0, 1]', scipy: 'beta(alpha, beta)',
    params: [
      { name: 'alpha', description: 'First shape', rule: positive },
      { name: 'beta', description: 'Second shape', rule: positive },
    ],
    create: ({ alpha, beta: b }) => beta(alpha!, b!) },
  { name: 'student-t', summary: "Student's t distribution", discrete: false,
    support: '(-Infinity, Infinity)', scipy: 't(df)',
    params: [{ name: 'df', description: 'Degrees of freedom', rule: positive }],
    create: ({ df }) => studentT(df!) },
  { name: 'chi-squared', summary: 'Chi-squared distribution', discrete: false,
    support: '[0, Infinity)', scipy: 'chi2(df)',
    params: [{ name: 'df', description: 'Degrees of freedom', rule: positive }],
    create: ({ df }) => chiSquared(df!) },
  { name: 'log-normal', summary: 'Log-normal distribution (log X is normal)', discrete: false,
    support: '(0, Infinity)', scipy: 'lognorm(sigma, scale=exp(mu))',
    params: [
      { name: 'mu', description: 'Mean of log X', rule: anyReal, default: 0 },
      { name: 'sigma', description: 'Standard deviation of log X', rule: positive, default: 1 },
    ],
    create: ({ mu, sigma }) => logNormal(mu!, sigma!) },
  { name: 'bernoulli', summary: 'Bernoulli distribution', discrete: true,
    support: '{0, 1}', scipy: 'bernoulli(p)',
    params: [p('Probability of 1')],
    create: (params) => bernoulli(params.p!) },
  { name: 'binomial', summary: 'Binomial distribution', discrete: true,
    support: '{0, 1, ..., n}', scipy: 'binom(n, p)',
    params: [
      { name: 'n', description: 'Number of trials', rule: count },
      p('Probability of success in one trial'),
    ],
    create: ({ n, p: prob }) => binomial(n!, prob!) },
  { name: 'poisson', summary: 'Poisson distribution', discrete: true,
    support: '{0, 1, 2, ...}', scipy: 'poisson(lambda)',
    params: [{ name: 'lambda', description: 'Rate (mean)', rule: rate }],
    create: ({ lambda }) => poisson(lambda!) },
  { name: 'geometric', summary: 'Geometric distribution (trials up to the first success)',
    discrete: true, support: '{1, 2, 3, ...}', scipy: 'geom(p)',
    params: [p('Probability of success in one trial', positiveProbability)],
    create: (params) => geometric(params.p!) },
];

export function findDistribution(name: string): DistributionDefinition | undefined {
  return distributionDefinitions.find((definition) => definition.name === name);
}
