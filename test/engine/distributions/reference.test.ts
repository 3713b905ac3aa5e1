import { describe, expect, it } from 'vitest';
import { bernoulli } from '../../../src/engine/distributions/bernoulli.js';
import { beta } from '../../../src/engine/distributions/beta.js';
import { binomial } from '../../../src/engine/distributions/binomial.js';
import type { Distribution } from '../../../src/engine/distributions/distribution.js';
import { exponential } from '../../../src/engine/distributions/exponential.js';
import { chiSquared, gamma } from '../../../src/engine/distributions/gamma.js';
import { geometric } from '../../../src/engine/distributions/geometric.js';
import { logNormal } from '../../../src/engine/distributions/log-normal.js';
import { evaluate, quantiles } from '../../../src/engine/distributions/methods.js';
import { normal } from '../../../src/engine/distributions/normal.js';
import { poisson } from '../../../src/engine/distributions/poisson.js';
import { studentT } from '../../../src/engine/distributions/student-t.js';
import { uniform } from '../../../src/engine/distributions/uniform.js';
import { engineMethods, isInvalid } from '../../support/distribution-cases.js';
import { expectClose, loadReference } from '../../support/reference.js';

type Params = Record<string, number>;

// The engine's constructors, keyed by the reference's names.
const build: Record<string, (p: Params) => Distribution> = {
  normal: (p) => normal(p.mean!, p.std!),
  uniform: (p) => uniform(p.low!, p.high!),
  exponential: (p) => exponential(p.rate!),
  gamma: (p) => gamma(p.shape!, p.rate!),
  beta: (p) => beta(p.alpha!, p.beta!),
  studentT: (p) => studentT(p.df!),
  chiSquared: (p) => chiSquared(p.df!),
  logNormal: (p) => logNormal(p.mu!, p.sigma!),
  bernoulli: (p) => bernoulli(p.p!),
  binomial: (p) => binomial(p.n!, p.p!),
  poisson: (p) => poisson(p.lambda!),
  geometric: (p) => geometric(p.p!),
};

const reference = loadReference('distributions.json');

describe('the distribution engine against the reference vectors', () => {
  // Invalid parameters are refused by the operation layer (see
  // test/operations/distribution-params.test.ts); the engine assumes valid ones.
  for (const c of reference.cases.filter((c) => !isInvalid(c))) {
    it(c.id, () => {
      const distribution = build[c.op]!(c.params as Params);
      let checked = 0;
      for (const [key, expected] of Object.entries(c.expected)) {
        let actual: unknown;
        if (key === 'quantile') {
          actual = Array.from(quantiles(distribution, Float64Array.from(c.input.p as number[])));
        } else if (key in engineMethods) {
          const method = engineMethods[key as keyof typeof engineMethods];
          const xs = Float64Array.from(c.input.x as number[]);
          actual = Array.from(evaluate(distribution, method, xs));
        } else {
          actual = distribution.moments()[key as 'mean'];
        }
        expectClose(actual, expected, c.tolerance, `${c.id}.${key}`);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
