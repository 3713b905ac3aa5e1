import { describe, expect, it } from 'vitest';
import { activate, type ScalarActivation } from '../../src/engine/activations/elementwise.js';
import { celu, elu, selu } from '../../src/engine/activations/exponential.js';
import { gelu, geluTanh } from '../../src/engine/activations/gelu.js';
import {
  logsigmoid, mish, sigmoid, silu, softplus,
} from '../../src/engine/activations/logistic.js';
import {
  hardsigmoid, hardswish, hardtanh, identity, leakyRelu, relu, relu6,
} from '../../src/engine/activations/piecewise.js';
import { softsign, tanh } from '../../src/engine/activations/squashing.js';
import { Tensor } from '../../src/engine/tensor.js';
import { expectClose, fromWire, loadReference } from '../support/reference.js';

const reference = loadReference('activations.json');

type Params = Record<string, number | string>;

// The reference's operation names and parameters, mapped onto the engine.
const engines: Record<string, (p: Params) => ScalarActivation> = {
  relu: () => relu,
  leakyRelu: (p) => leakyRelu(p.negativeSlope as number),
  prelu: (p) => leakyRelu(p.weight as number),
  sigmoid: () => sigmoid,
  tanh: () => tanh,
  silu: () => silu,
  gelu: (p) => (p.approximate === 'tanh' ? geluTanh : gelu),
  elu: (p) => elu(p.alpha as number),
  selu: () => selu,
  celu: (p) => celu(p.alpha as number),
  softplus: (p) => softplus(p.beta as number, p.threshold as number),
  softsign: () => softsign,
  mish: () => mish,
  hardtanh: (p) => hardtanh(p.minVal as number, p.maxVal as number),
  relu6: () => relu6,
  hardsigmoid: () => hardsigmoid,
  hardswish: () => hardswish,
  logsigmoid: () => logsigmoid,
  identity: () => identity,
};

describe('the activation engine against the reference vectors', () => {
  for (const c of reference.cases) {
    it(`${c.id} matches the reference, value and gradient`, () => {
      const build = engines[c.op];
      expect(build, `no engine for ${c.op}`).toBeDefined();
      const x = fromWire(c.input.x) as number[];
      const result = activate(build!(c.params as Params), vector(x), true);
      expectClose(Array.from(result.y.data), c.expected.y, c.tolerance, `${c.id} y`);
      expectClose(Array.from(result.gradient!.data), c.expected.grad, c.tolerance,
        `${c.id} grad`);
    });
  }

  it('covers every operation of the file', () => {
    expect(new Set(reference.cases.map((c) => c.op))).toEqual(new Set(Object.keys(engines)));
  });
});

describe('activate', () => {
  it('keeps the shape of a matrix and of a scalar', () => {
    const matrix = activate(relu, new Tensor(Float64Array.of(-1, 2, 3, -4), [2, 2]), true);
    expect(matrix.y.shape).toEqual([2, 2]);
    expect(matrix.gradient!.shape).toEqual([2, 2]);
    expect(activate(relu, new Tensor(Float64Array.of(-3), []), false).y.shape).toEqual([]);
  });

  it('leaves the gradient out unless asked', () => {
    expect(activate(sigmoid, vector([0]), false).gradient).toBeUndefined();
  });

  it('propagates NaN elementwise into the value and the gradient', () => {
    const result = activate(relu, vector([1, NaN, -1]), true);
    expect(Array.from(result.y.data)).toEqual([1, NaN, 0]);
    expect(Array.from(result.gradient!.data)).toEqual([1, NaN, 0]);
  });
});

describe('every activation at ±Infinity', () => {
  const cases = Object.entries(engines).flatMap(([op, build]) => parameterSets(op)
    .map((p) => [`${op} ${JSON.stringify(p)}`, build(p)] as const));

  // The limit is the value at ±1e308 wherever that is already flat, and an
  // infinity of the same sign wherever the function is still growing there.
  for (const [name, f] of cases) {
    it(`${name} answers the limits, never NaN`, () => {
      for (const sign of [1, -1]) {
        const atInfinity = f.value(sign * Infinity);
        const near = f.value(sign * 1e308);
        if (Math.abs(near) > 1e300) expect(atInfinity, name).toBe(Math.sign(near) * Infinity);
        else expect(atInfinity, name).toBeCloseTo(near, 12);
        expect(f.derivative(sign * Infinity), name).toBeCloseTo(f.derivative(sign * 1e308), 12);
      }
    });
  }
});

function parameterSets(op: string): Params[] {
  return reference.cases.filter((c) => c.op === op).map((c) => c.params as Params)
    .filter((p, i, all) => all.findIndex((q) => JSON.stringify(q) === JSON.stringify(p)) === i);
}

function vector(values: number[]): Tensor {
  return new Tensor(Float64Array.from(values), [values.length]);
}

describe('accuracy where the reference tolerance would let a naive formula pass', () => {
  it('keeps softplus finite below a large threshold instead of overflowing exp', () => {
    expect(softplus(1, 1000).value(800)).toBe(800);
  });

  it('keeps the relative precision of the left tails of softplus and mish', () => {
    // softplus(x) = e^x (1 - e^x / 2 + ...) and mish(x) = x e^x (1 + O(e^x)) far left.
    expect(softplus(1, 20).value(-40) / Math.exp(-40)).toBeCloseTo(1, 14);
    expect(mish.value(-40) / (-40 * Math.exp(-40))).toBeCloseTo(1, 14);
  });

  it('keeps the gradient of tanh in its tail instead of cancelling to 0', () => {
    // tanh'(x) = 4 / (e^x + e^-x)^2, about 4 e^-60 at x = 30.
    expect(tanh.derivative(30) / (4 * Math.exp(-60))).toBeCloseTo(1, 14);
  });
});
