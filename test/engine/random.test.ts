import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/engine/random.js';

describe('SeededRandom', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const first = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(first);
  });

  it('uses the high bits of a large seed', () => {
    const low = new SeededRandom(7).nextUint32();
    expect(new SeededRandom(7 + 2 ** 40).nextUint32()).not.toBe(low);
  });

  it('draws doubles in [0, 1) with a uniform mean and variance', () => {
    const random = new SeededRandom(2024);
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = random.nextDouble();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSquares += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // Five standard errors: sd of a uniform is 1/sqrt(12).
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSquares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('refuses a seed that is not a non-negative safe integer', () => {
    expect(() => new SeededRandom(-1)).toThrow(RangeError);
    expect(() => new SeededRandom(1.5)).toThrow(RangeError);
  });
});
