import { isAscii } from 'node:buffer';
import sjson from 'secure-json-parse';
import { ProblemError, problemAt, type ProblemDetails } from '../errors/problem-error.js';
import type { Dtype } from '../wire/binary-tensor.js';
import { ElementBudget } from '../wire/element-budget.js';
import { toJsonText, toWireObject, type WireValue } from '../wire/encode.js';
import { binaryAnswer, readBinaryBody, type BinaryAnswer } from './binary-body.js';
import { checkBody } from './check-body.js';
import type { AnyOperation } from './operation.js';
import { findOperation } from './registry.js';

// One request for one operation, in a form that can cross to a worker
// thread: the raw JSON bytes from the socket, or a body already parsed
// (GraphQL arguments), and the form the answer should take.
export interface ExecutionRequest {
  operation: string;
  body: Uint8Array | Record<string, unknown>;
  // Set when body holds a raw little-endian tensor (application/octet-stream)
  // instead of JSON: the query-string parameters that come with it.
  tensorQuery?: Record<string, unknown>;
  answer: 'json-text' | 'wire-object' | 'binary';
}

export type ExecutionResult =
  | { ok: true; json: string }
  // The same JSON text as UTF-8, when a worker encoded a large answer.
  | { ok: true; jsonBytes: Uint8Array }
  | { ok: true; value: unknown }
  | { ok: true; binary: BinaryAnswer }
  | { ok: false; problem: ProblemDetails };

export interface ExecutionLimits {
  maxElements: number;
}

// Parse, validate, prepare, compute, present: the whole path of a request
// through an operation. It is synchronous and pure, so it runs the same on
// the event loop and in a worker. Expected failures come back as problems;
// anything else is a bug and is thrown.
export function execute(request: ExecutionRequest, limits: ExecutionLimits): ExecutionResult {
  try {
    const operation = findOperation(request.operation);
    if (!operation) throw new Error(`unknown operation ${request.operation}`);

    const { body, dtype } = readRequest(operation, request, limits);
    const input = operation.prepare(body as never, new ElementBudget(limits.maxElements));
    const output: WireValue = operation.present(operation.compute(input));
    if (request.answer === 'binary') return { ok: true, binary: binaryAnswer(output, dtype) };
    return request.answer === 'json-text'
      ? { ok: true, json: toJsonText(output) }
      : { ok: true, value: toWireObject(output) };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problem: error.toDetails() };
    throw error;
  }
}

// The validated body prepare() expects, and the dtype a binary answer takes.
function readRequest(
  operation: AnyOperation, request: ExecutionRequest, limits: ExecutionLimits,
): { body: unknown; dtype: Dtype } {
  if (request.tensorQuery && request.body instanceof Uint8Array) {
    return readBinaryBody(operation, request.body, request.tensorQuery, limits.maxElements);
  }
  const body = request.body instanceof Uint8Array ? parseJson(request.body) : request.body;
  checkBody(operation, body);
  return { body, dtype: 'float64' };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

// JSON.parse behind the same guards as Fastify's own parser: __proto__ and
// constructor.prototype keys are refused rather than silently stripped.
function parseJson(bytes: Uint8Array): unknown {
  const text = textOf(bytes);
  if (text.trim() === '') throw problemAt('malformed-json', '', 'the body is empty');
  try {
    if (!mayHoldPrototypeKeys(text)) return JSON.parse(text);
    return sjson.parse(text, null, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    throw problemAt('malformed-json', '', (error as Error).message);
  }
}

// An ASCII body (nearly every JSON body) is copied into a string as it is;
// anything else goes through the strict UTF-8 decoder. On a 2 MB body the
// check and the copy take a fraction of the decoder's time.
function textOf(bytes: Uint8Array): string {
  if (isAscii(bytes)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw problemAt('malformed-json', '', 'the body is not valid UTF-8');
  }
}

// Without a \u escape, a __proto__ or constructor key can only be spelled
// out, so a text that holds neither word nor any \u escape needs none of the
// guard's regular-expression scans over the whole body.
function mayHoldPrototypeKeys(text: string): boolean {
  return text.includes('\\u') || text.includes('__proto__') || text.includes('constructor');
}
