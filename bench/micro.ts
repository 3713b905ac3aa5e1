import fastJson from 'fast-json-stringify';
import { softmax } from '../src/engine/softmax.js';
import { Tensor } from '../src/engine/tensor.js';
import { toJsonText } from '../src/wire/encode.js';
import { makeLogits } from './payloads.js';

// CPU time of one call of fn, in ms: the least over several samples, since
// the code is deterministic and everything else on a shared machine (other
// processes, frequency changes, cache pollution) can only add to it. Calls
// are timed in batches of at least a few milliseconds (CPU time has
// microsecond resolution), and CPU time rather than wall time is used because
// a run longer than a scheduler slice is stretched by whatever else runs.
function fastestMs(fn: () => unknown, samples: number): number {
  const warm = process.hrtime.bigint();
  fn();
  const singleMs = Number(process.hrtime.bigint() - warm) / 1e6;
  const batch = Math.max(1, Math.ceil(3 / Math.max(singleMs, 1e-4)));
  let fastest = Infinity;
  for (let i = 0; i < samples; i++) {
    const start = process.cpuUsage();
    for (let k = 0; k < batch; k++) fn();
    const used = process.cpuUsage(start);
    fastest = Math.min(fastest, (used.user + used.system) / 1000 / batch);
  }
  return fastest;
}

export interface FloorResult {
  elements: number;
  engineMs: number;
  // Math.exp of each element into a buffer that is reused: the floor.
  mathExpMs: number;
  ratio: number;
  // The same two over a slice small enough to stay in the CPU's cache,
  // repeated until as many elements are done: what is left once memory
  // traffic is taken out of the comparison.
  cachedElements: number;
  cachedRatio: number;
}

// The engine's softmax against the least any softmax must do: one Math.exp
// per element. Runs alternate between the two so both see the same machine.
export function measureArithmeticFloor(
  elements: number, blocks: number, samples: number,
): FloorResult {
  const full = floorPair(elements, 1);
  const cachedElements = 4096;
  const cached = floorPair(cachedElements, Math.ceil(elements / cachedElements));
  let engineMs = Infinity;
  let mathExpMs = Infinity;
  let cachedEngineMs = Infinity;
  let cachedMathExpMs = Infinity;
  for (let block = 0; block < blocks; block++) {
    engineMs = Math.min(engineMs, fastestMs(full.engine, samples));
    mathExpMs = Math.min(mathExpMs, fastestMs(full.floor, samples));
    cachedEngineMs = Math.min(cachedEngineMs, fastestMs(cached.engine, samples));
    cachedMathExpMs = Math.min(cachedMathExpMs, fastestMs(cached.floor, samples));
  }
  return { elements, engineMs, mathExpMs, ratio: engineMs / mathExpMs,
    cachedElements, cachedRatio: cachedEngineMs / cachedMathExpMs };
}

// Softmax and the Math.exp floor over the same logits, each run repeats
// times. Both write into a buffer they reuse (the service normalises the
// request's own decoded array in place, which costs the same), and both are
// functions of their arrays: a loop over arrays the JIT can treat as
// constants runs about 10% faster than any function could.
function floorPair(elements: number, repeats: number) {
  const logits = makeLogits(elements);
  const tensor = new Tensor(logits, [elements]);
  const out = new Float64Array(elements);
  const engineOut = new Float64Array(elements);
  const options = { axis: 'rows', temperature: 1 } as const;
  return {
    engine: () => {
      for (let k = 0; k < repeats; k++) softmax(tensor, options, engineOut);
      return engineOut;
    },
    floor: () => {
      for (let k = 0; k < repeats; k++) exponentialsInto(logits, out);
      return out;
    },
  };
}

function exponentialsInto(values: Float64Array, out: Float64Array): Float64Array {
  const length = values.length;
  for (let i = 0; i < length; i++) out[i] = Math.exp(values[i]!);
  return out;
}

export interface SerialiserResult {
  elements: number;
  // Microseconds per answer for each way of writing {"probabilities":[...]}.
  microseconds: Record<string, number>;
  winner: string;
}

const fjsSoftmax = fastJson({ type: 'object', properties: {
  probabilities: { type: 'array', items: { type: 'number' } } } });

// The ways to print a Float64Array answer as JSON that were considered.
// fast-json-stringify needs a plain array, and it prints Infinity as null
// and throws on NaN, so it would also need a union schema for the
// non-finite strings; its time here is for finite values only.
const serialisers: Record<string, (data: Float64Array) => string> = {
  'src/wire/encode.ts (JSON.stringify of the plain form)': (data) =>
    toJsonText({ probabilities: new Tensor(data, [data.length]) }),
  'hand loop of string concatenation': (data) => {
    let text = '';
    for (let i = 0; i < data.length; i++) text += (i === 0 ? '' : ',') + data[i]!;
    return `{"probabilities":[${text}]}`;
  },
  'TypedArray join': (data) => `{"probabilities":[${data.join(',')}]}`,
  'fast-json-stringify with a schema': (data) =>
    fjsSoftmax({ probabilities: Array.from(data) }),
  'JSON.stringify of Array.from': (data) =>
    JSON.stringify({ probabilities: Array.from(data) }),
};

// Each way prints answers whose numbers differ from one answer to the next,
// as a service's answers do: enough of them (400,000 numbers or more) that
// V8's number-to-string cache cannot hold them, since a hand loop over
// cached numbers looks several times faster than it is. Buffer.byteLength
// is part of each time, as the socket write needs a flat string.
export function measureSerialisers(elements: number, samples: number): SerialiserResult {
  const count = Math.max(3, Math.ceil(400_000 / elements));
  const answers = Array.from({ length: count }, (_, k) => answerValues(elements, k));
  const microseconds: Record<string, number> = {};
  const expected = JSON.stringify({ probabilities: Array.from(answers[0]!) });
  for (const [name, write] of Object.entries(serialisers)) {
    if (write(answers[0]!) !== expected) throw new Error(`${name} prints a different JSON text`);
    microseconds[name] = Infinity;
  }
  // Round by round, every writer once, so that all see the same machine and
  // none is always the first to run.
  let next = 0;
  for (let round = 0; round < samples; round++) {
    for (const [name, write] of Object.entries(serialisers)) {
      const time = fastestMs(() => {
        const text = write(answers[next]!);
        next = (next + 1) % count;
        return Buffer.byteLength(text);
      }, 1) * 1000;
      microseconds[name] = Math.min(microseconds[name]!, time);
    }
  }
  const winner = Object.entries(microseconds).sort((a, b) => a[1] - b[1])[0]![0];
  return { elements, microseconds, winner };
}

// Probability-like values with full float64 digits, different for each k.
function answerValues(elements: number, k: number): Float64Array {
  return Float64Array.from({ length: elements },
    (_, i) => Math.abs(Math.sin((i + 1) * 12.9898 + k * 78.233)) * Math.exp(-(i % 30)));
}
