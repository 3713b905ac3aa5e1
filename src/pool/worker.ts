import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import {
  execute, type ExecutionLimits, type ExecutionRequest, type ExecutionResult,
} from '../operations/execute.js';

const limits = (workerData as { limits: ExecutionLimits }).limits;

// Above this many characters a JSON answer is encoded to UTF-8 here and its
// bytes moved, so the main thread neither copies the string out of the
// worker nor encodes it for the socket.
const largeJson = 64 * 1024;

// The pool's entry point: the same execute() the event loop runs inline.
// Large answers come back as buffers that are moved, not copied.
export function runTask(request: ExecutionRequest): ExecutionResult {
  const result = execute(request, limits);
  if ('binary' in result) return moved(result.binary.bytes, result);
  if ('json' in result && result.json.length > largeJson) {
    const jsonBytes = Buffer.from(result.json, 'utf8');
    return moved(jsonBytes, { ok: true, jsonBytes });
  }
  return result;
}

function moved(bytes: Uint8Array, result: ExecutionResult): ExecutionResult {
  const buffer = bytes.buffer;
  return move({
    get [transferableSymbol]() { return buffer; },
    get [valueSymbol]() { return result; },
  }) as unknown as ExecutionResult;
}
