import fastJson from 'fast-json-stringify';
import { softmax } from '../src/engine/softmax.js';
import { Tensor } from '../src/engine/tensor.js';
import { toJsonText } from '../src/wire/encode.js';
import { makeLogits } from './payloads.js';

// Median CPU time of one call of fn, in ms. Calls are timed in batches of
// at least a few milliseconds (CPU time has microsecond resolution), and CPU
// time rather than wall time is used because on a shared machine a run
// longer than a scheduler slice is stretched by whatever else is running.
function medianMs(fn: () => unknown, samples: number): number {
  const warm = process.hrtime.bigint();
  fn();
  const singleMs = Number(process.hrtime.bigint() - warm) / 1e6;
  const batch = Math.max(1, Math.ceil(3 / Math.max(singleMs, 1e-4)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.cpuUsage();
    for (let k = 0; k < batch; k++) fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface FloorResult {
  elements: number;
  engineMs: number;
  // Math.exp of each element into a buffer that is reused: the floor.
  mathExpMs: number;
  // The same into a fresh Float64Array, as a pure function must return one.
  mathExpFreshMs: number;
  ratio: number;
}

// The engine's softmax against the least any softmax must do: one Math.exp
// per element. Runs alternate between the two so both see the same machine.
export function measureArithmeticFloor(
  elements: number, blocks: number, samples: number,
): FloorResult {
  const logits = makeLogits(elements);
  const tensor = new Tensor(logits, [elements]);
  const out = new Float64Array(elements);
  const engine = () => softmax(tensor, { axis: 'rows', temperature: 1 });
  const floor = () => {
    for (let i = 0; i < elements; i++) out[i] = Math.exp(logits[i]!);
    return out;
  };
  const fresh = () => {
    const array = new Float64Array(elements);
    for (let i = 0; i < elements; i++) array[i] = Math.exp(logits[i]!);
    return array;
  };
  let engineMs = 0;
  let mathExpMs = 0;
  let mathExpFreshMs = 0;
  for (let block = 0; block < blocks; block++) {
    engineMs += medianMs(engine, samples) / blocks;
    mathExpMs += medianMs(floor, samples) / blocks;
    mathExpFreshMs += medianMs(fresh, samples) / blocks;
  }
  return { elements, engineMs, mathExpMs, mathExpFreshMs, ratio: engineMs / mathExpMs };
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
  'src/wire/encode.ts (hand loop; JSON.stringify above 4,096)': (data) =>
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

export function measureSerialisers(elements: number, samples: number): SerialiserResult {
  const data = makeLogits(elements).map((x) => Math.abs(x) / 8);
  const expected = JSON.stringify({ probabilities: Array.from(data) });
  const microseconds: Record<string, number> = {};
  for (const [name, write] of Object.entries(serialisers)) {
    if (write(data) !== expected) throw new Error(`${name} prints a different JSON text`);
    microseconds[name] = medianMs(() => write(data), samples) * 1000;
  }
  const winner = Object.entries(microseconds).sort((a, b) => a[1] - b[1])[0]![0];
  return { elements, microseconds, winner };
}
