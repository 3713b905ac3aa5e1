import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import {
  execute, type ExecutionLimits, type ExecutionRequest, type ExecutionResult,
} from '../operations/execute.js';

const limits = (workerData as { limits: ExecutionLimits }).limits;

// The pool's entry point: the same execute() the event loop runs inline. A
// binary answer's buffer is moved back to the main thread, not copied.
export function runTask(request: ExecutionRequest): ExecutionResult {
  const result = execute(request, limits);
  if (!('binary' in result)) return result;
  const buffer = result.binary.bytes.buffer;
  return move({
    get [transferableSymbol]() { return buffer; },
    get [valueSymbol]() { return result; },
  }) as unknown as ExecutionResult;
}
