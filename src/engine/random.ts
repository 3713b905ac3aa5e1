// A seeded pseudo-random generator whose stream is fixed by its seed on every
// machine and Node version: xoshiro128** (Blackman and Vigna) on 32-bit
// integer arithmetic, seeded through splitmix32. Math.random is never used
// where results must be reproducible.
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  // seed: an integer in [0, 2^53). Its high and low 32 bits both feed the state.
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`seed must be an integer in [0, 2^53), got ${seed}`);
    }
    const low = seed >>> 0;
    const high = Math.floor(seed / 2 ** 32) >>> 0;
    let state = (low ^ Math.imul(high, 0x9e3779b9)) >>> 0;
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  // The next 32 random bits as an unsigned integer.
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotateLeft(this.s3, 11);
    return result;
  }

  // A double uniform on [0, 1) with all 53 bits of the mantissa random.
  nextDouble(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  // A double uniform on (0, 1): for inverse-CDF sampling, where 0 would map
  // to the lower end of an unbounded support.
  nextOpenDouble(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    return u;
  }
}

// A fresh seed for a request that did not give one; it is returned to the
// caller so the draw can be repeated.
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 53);
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}
