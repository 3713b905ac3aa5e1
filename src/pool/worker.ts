import { workerData } from 'piscina';
import {
  execute, type ExecutionLimits, type ExecutionRequest, type ExecutionResult,
} from '../operations/execute.js';

const limits = (workerData as { limits: ExecutionLimits }).limits;

// The pool's entry point: the same execute() the event loop runs inline.
export function runTask(request: ExecutionRequest): ExecutionResult {
  return execute(request, limits);
}
