// Request bodies for the benchmark and an independent check of the answers.

// Logits with full float64 precision (about 18 characters each in JSON), as
// a model would print them, so the JSON sizes are realistic.
// Variant k shifts the phase, so each variant holds different numbers.
export function makeLogits(size: number, variant = 0): Float64Array {
  return Float64Array.from({ length: size },
    (_, i) => 8 * Math.sin(i * 12.9898 + 1.5 + variant * 0.7853));
}

// How many different bodies a load run cycles through: enough that about
// 400,000 distinct numbers go by (more than V8 keeps spellings of), at
// least 4 and at most 64.
export function variantsFor(size: number): number {
  return Math.min(64, Math.max(4, Math.ceil(400_000 / size)));
}

export function jsonBody(logits: Float64Array): string {
  return JSON.stringify({ logits: Array.from(logits) });
}

export function binaryBody(logits: Float64Array, dtype: 'float32' | 'float64'): Buffer {
  const array = dtype === 'float64' ? logits : Float32Array.from(logits);
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

// softmax by the textbook formula, written apart from the engine, so the
// benchmark checks the service against something it does not share.
export function naiveSoftmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const out = Float64Array.from({ length: logits.length }, (_, i) => Math.exp(logits[i]! - max));
  const sum = out.reduce((total, value) => total + value, 0);
  return out.map((value) => value / sum);
}

// The largest relative difference between an answer and the expectation,
// measured against the largest expected value (probabilities near 0 have
// no meaningful relative error of their own).
export function worstError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Infinity;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) scale = Math.max(scale, Math.abs(expected[i]!));
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i]! - expected[i]!) / scale;
    if (!(error <= worst)) worst = error;
  }
  return worst;
}
