import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryCrossEntropyWithLogits } from '../../../src/engine/losses/binary.js';
import { logCosh } from '../../../src/engine/losses/regression.js';
import { compensatedSum } from '../../../src/engine/sum.js';
import { tensorOf } from '../../support/tensor.js';

function bceWithLogits(x: number, y: number, posWeight?: number): number {
  const weights = posWeight === undefined ? undefined : Float64Array.of(posWeight);
  return binaryCrossEntropyWithLogits(tensorOf([x]), tensorOf([y]), undefined, weights)
    .values.data[0]!;
}

describe('log-cosh', () => {
  it('keeps relative precision for tiny differences, where it is d^2/2 - d^4/12', () => {
    fc.assert(fc.property(fc.double({ min: 1e-150, max: 1e-4, noNaN: true }), (d) => {
      const series = d * d / 2 - d ** 4 / 12;
      expect(Math.abs(logCosh(d, 0) - series)).toBeLessThanOrEqual(1e-14 * series);
    }));
  });

  it('stays finite beyond |d| = 710, where cosh overflows, and equals |d| - log 2', () => {
    for (const d of [711, -800, 1e5, 1e300]) {
      expect(Math.cosh(d)).toBe(Infinity);
      expect(logCosh(d, 0)).toBe(Math.abs(d) - Math.LN2);
    }
  });

  it('joins its two forms continuously at |d| = 1', () => {
    const below = logCosh(1, 0);
    const above = logCosh(1 + Number.EPSILON, 0);
    expect(Math.abs(above - below)).toBeLessThan(4 * Number.EPSILON);
  });

  it('is even and lies between |d| - log 2 and |d|', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (d) => {
      expect(logCosh(d, 0)).toBe(logCosh(-d, 0));
      expect(logCosh(d, 0)).toBeLessThanOrEqual(Math.abs(d));
      expect(logCosh(d, 0)).toBeGreaterThanOrEqual(Math.abs(d) - Math.LN2 - 1e-12);
    }));
  });
});

describe('binary cross-entropy with logits', () => {
  // Beyond |x| = 10 the textbook form itself loses digits to 1 - s.
  it('agrees with the textbook form -[y log s + (1 - y) log(1 - s)] on moderate logits', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }),
      (x, y, pw) => {
        const s = 1 / (1 + Math.exp(-x));
        const textbook = -(pw * y * Math.log(s) + (1 - y) * Math.log(1 - s));
        expect(Math.abs(bceWithLogits(x, y, pw) - textbook))
          .toBeLessThanOrEqual(1e-10 * Math.max(1, textbook));
      }));
  });

  it('stays finite for logits of +-1e308 and saturates exactly at +-Infinity', () => {
    expect(bceWithLogits(1e308, 0)).toBe(1e308);
    expect(bceWithLogits(-1e308, 1)).toBe(1e308);
    expect(bceWithLogits(Infinity, 1)).toBe(0);
    expect(bceWithLogits(Infinity, 0.5)).toBe(Infinity);
    expect(bceWithLogits(-Infinity, 0, 3)).toBe(0);
    expect(bceWithLogits(-Infinity, 1)).toBe(Infinity);
  });
});

describe('compensated sum', () => {
  it('recovers what a plain sum loses to rounding', () => {
    const values = Float64Array.of(1e16, 1, -1e16, 1);
    expect(values.reduce((a, b) => a + b, 0)).not.toBe(2);
    expect(compensatedSum(values)).toBe(2);
  });

  it('passes infinities through', () => {
    expect(compensatedSum(Float64Array.of(1, Infinity, 2))).toBe(Infinity);
    expect(compensatedSum(Float64Array.of(Infinity, -Infinity))).toBeNaN();
  });
});
