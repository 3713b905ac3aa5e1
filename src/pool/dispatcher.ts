import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ProblemError } from '../errors/problem-error.js';
import {
  execute, type ExecutionLimits, type ExecutionRequest, type ExecutionResult,
} from '../operations/execute.js';

export interface DispatcherOptions {
  threads: number;
  maxQueue: number;
  inlineThresholdBytes: number;
  taskTimeoutMs: number;
  // Heap limit of each worker (V8 old generation), in megabytes; V8's
  // default when absent.
  workerHeapMb?: number;
  limits: ExecutionLimits;
  // Told about every task when it ends, for metrics.
  observe?: TaskObserver;
  // Told about faults no request is waiting for (a worker lost while idle).
  onPoolError?: (error: Error) => void;
}

export interface DispatchCounts {
  inline: number;
  pooled: number;
}

// How a task ended: an answer, a problem about the request (a 4xx or 422
// answer), or a failure of the machinery (queue full, timeout, worker died).
export type TaskOutcome = 'ok' | 'problem' | 'failed';

export interface TaskRecord {
  operation: string;
  where: keyof DispatchCounts;
  outcome: TaskOutcome;
  seconds: number;
}

export type TaskObserver = (record: TaskRecord) => void;

// Under tsx or vitest this module is TypeScript; the workers then load the
// TypeScript worker through tsx too. The compiled build needs no loader.
const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url);
const workerExecArgv = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [];

// Decides where each computation runs. Below the inline threshold the
// hand-off to a worker costs more than the work, so it runs on the event
// loop; above it, a worker parses, computes and prints the answer so that
// every core shares the JSON work. The queue is bounded and every pooled task
// has a time limit.
export class Dispatcher {
  readonly counts: DispatchCounts = { inline: 0, pooled: 0 };
  private readonly pool: Piscina<ExecutionRequest, ExecutionResult>;

  constructor(private readonly options: DispatcherOptions) {
    this.pool = new Piscina({
      filename: workerUrl.href,
      name: 'runTask',
      minThreads: options.threads,
      maxThreads: options.threads,
      maxQueue: options.maxQueue,
      execArgv: workerExecArgv,
      workerData: { limits: options.limits },
      resourceLimits: options.workerHeapMb === undefined ? {}
        : { maxOldGenerationSizeMb: options.workerHeapMb },
    });
    // Piscina emits 'error' for a worker that dies with no task on it; an
    // unheard 'error' event would take the whole process down.
    this.pool.on('error', (error: Error) => options.onPoolError?.(error));
  }

  // The live worker threads. Health checks count them; fault tests stop
  // one to prove that its request is answered and the worker replaced.
  get workerThreads(): readonly Worker[] {
    return this.pool.threads;
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  get queueSize(): number {
    return this.pool.queueSize;
  }

  // sizeHint is the request's size in bytes (or an estimate for parsed bodies).
  // An inline answer comes back directly, not wrapped in a promise: at a few
  // dozen microseconds a request, the extra turns of the microtask queue
  // showed in the profile.
  run(request: ExecutionRequest, sizeHint: number): ExecutionResult | Promise<ExecutionResult> {
    return sizeHint < this.options.inlineThresholdBytes
      ? this.runInline(request) : this.runInPool(request);
  }

  private runInline(request: ExecutionRequest): ExecutionResult {
    this.counts.inline++;
    const started = performance.now();
    let outcome: TaskOutcome = 'failed';
    try {
      const result = execute(request, this.options.limits);
      outcome = result.ok ? 'ok' : 'problem';
      return result;
    } finally {
      this.record(request, 'inline', outcome, started);
    }
  }

  private async runInPool(request: ExecutionRequest): Promise<ExecutionResult> {
    this.counts.pooled++;
    const started = performance.now();
    let outcome: TaskOutcome = 'failed';
    try {
      const result = await this.runPooled(request);
      outcome = result.ok ? 'ok' : 'problem';
      return result;
    } finally {
      this.record(request, 'pooled', outcome, started);
    }
  }

  private record(request: ExecutionRequest, where: keyof DispatchCounts, outcome: TaskOutcome,
    started: number): void {
    const seconds = (performance.now() - started) / 1000;
    this.options.observe?.({ operation: request.operation, where, outcome, seconds });
  }

  private async runPooled(request: ExecutionRequest): Promise<ExecutionResult> {
    if (this.pool.queueSize >= this.options.maxQueue) {
      throw new ProblemError('overloaded', 'the compute queue is full; retry shortly');
    }
    try {
      return await this.pool.run(request, {
        transferList: transferable(request.body),
        signal: AbortSignal.timeout(this.options.taskTimeoutMs),
      });
    } catch (error) {
      throw translatePoolError(error, this.options.taskTimeoutMs);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

// A body that owns its whole ArrayBuffer moves to the worker without a
// copy. Small Buffers share a pooled slab, and detaching that would corrupt
// their neighbours, so those are copied instead.
function transferable(body: ExecutionRequest['body']): ArrayBuffer[] | undefined {
  if (!(body instanceof Uint8Array)) return undefined;
  const buffer = body.buffer;
  if (!(buffer instanceof ArrayBuffer)) return undefined;
  return body.byteOffset === 0 && body.byteLength === buffer.byteLength ? [buffer] : undefined;
}

function translatePoolError(error: unknown, timeoutMs: number): Error {
  const name = (error as { name?: string } | null)?.name;
  const message = (error as { message?: string } | null)?.message ?? '';
  if (name === 'AbortError' || name === 'TimeoutError') {
    return new ProblemError('timeout', `the computation ran past ${timeoutMs} ms and was aborted`);
  }
  if (message === 'Task queue is at limit') {
    return new ProblemError('overloaded', 'the compute queue is full; retry shortly');
  }
  if ((error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ProblemError('worker-failed',
      'the worker ran out of memory (POOL_WORKER_HEAP_MB) and was replaced');
  }
  if (message.startsWith('Terminating worker thread') || /worker.*exit/i.test(message)) {
    return new ProblemError('worker-failed', 'the worker running this computation stopped');
  }
  return error instanceof Error ? error : new Error(String(error));
}
