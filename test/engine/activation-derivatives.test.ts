import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScalarActivation } from '../../src/engine/activations/elementwise.js';
import { celu, elu, selu } from '../../src/engine/activations/exponential.js';
import { gelu, geluTanh } from '../../src/engine/activations/gelu.js';
import {
  logsigmoid, mish, sigmoid, silu, softplus,
} from '../../src/engine/activations/logistic.js';
import {
  hardsigmoid, hardswish, hardtanh, identity, leakyRelu, relu, relu6,
} from '../../src/engine/activations/piecewise.js';
import { softsign, tanh } from '../../src/engine/activations/squashing.js';

// Each activation with parameters the reference does not cover, and the
// points where its derivative or its curvature jumps, where a central
// difference is off by O(h) or more.
const subjects: [string, ScalarActivation, number[]][] = [
  ['relu', relu, [0]], ['leakyRelu(-0.3)', leakyRelu(-0.3), [0]], ['identity', identity, []],
  ['sigmoid', sigmoid, []], ['tanh', tanh, []], ['silu', silu, []], ['gelu', gelu, []],
  ['geluTanh', geluTanh, []], ['elu(0.5)', elu(0.5), [0]], ['selu', selu, [0]],
  ['celu(0.7)', celu(0.7), [0]], ['celu(-1.5)', celu(-1.5), [0]],
  ['softplus(0.5, 5)', softplus(0.5, 5), [10]], ['softplus(3, 40)', softplus(3, 40), []],
  ['softsign', softsign, [0]], ['mish', mish, []], ['hardtanh(-0.5, 2)', hardtanh(-0.5, 2),
    [-0.5, 2]], ['relu6', relu6, [0, 6]], ['hardsigmoid', hardsigmoid, [-3, 3]],
  ['hardswish', hardswish, [-3, 3]], ['logsigmoid', logsigmoid, []],
];

// A central difference: error O(h^2) from the curvature plus rounding of
// about ulp(f) / h, both well inside the tolerance for h = 1e-5.
function centralDifference(f: ScalarActivation, x: number): number {
  const h = 1e-5;
  return (f.value(x + h) - f.value(x - h)) / (2 * h);
}

describe('every derivative agrees with a finite difference of the value', () => {
  for (const [name, f, kinks] of subjects) {
    it(`${name}`, () => {
      const away = (x: number) => kinks.every((kink) => Math.abs(x - kink) > 1e-3);
      fc.assert(fc.property(
        fc.double({ min: -12, max: 12, noNaN: true }).filter(away),
        (x) => {
          const expected = centralDifference(f, x);
          expect(Math.abs(f.derivative(x) - expected), `${name}'(${x})`)
            .toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected)));
        }), { numRuns: 300 });
    });
  }
});
