import {
  collectDefaultMetrics, Counter, Gauge, Histogram, Registry,
} from 'prom-client';
import type { TaskRecord } from '../pool/dispatcher.js';

// What the pool gauges read at scrape time.
export interface PoolState {
  readonly threads: number;
  readonly queueSize: number;
}

// Seconds, from a tenth of a millisecond (a small inline softmax) to ten
// seconds (the default task time limit).
const durationBuckets = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
  10,
];

// Route label for requests that matched no route, so that scanners probing
// random paths cannot create one series per path.
const unmatchedRoute = 'unmatched';

// The service's Prometheus metrics, in a registry of its own: every app
// built in one process (as the tests do) gets separate series instead of
// colliding in prom-client's global registry.
// Known shortcoming: prom-client's default collectors (event-loop delay, GC)
// cannot be stopped, so each app built keeps a small monitor alive until the
// process exits.
export class ServiceMetrics {
  readonly registry = new Registry();

  private readonly httpDuration = this.durationHistogram('probity_http_request_duration_seconds',
    'Time from receiving a request to sending the answer, by route and status.',
    ['method', 'route', 'status_code']);

  private readonly taskDuration = this.durationHistogram('probity_task_duration_seconds',
    'Time to compute one operation, inline on the event loop or in a pool worker '
      + '(pooled time includes the wait in the queue).',
    ['operation', 'where']);

  private readonly tasks = new Counter({
    name: 'probity_tasks_total',
    help: 'Computations by operation, where they ran (inline or pooled) and how they ended '
      + '(ok, problem: the request was at fault, failed: queue full, timeout or worker died).',
    labelNames: ['operation', 'where', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  // Gauges read the pool's live state when Prometheus scrapes.
  watchPool(pool: PoolState): void {
    this.liveGauge('probity_pool_threads', 'Worker threads in the compute pool.',
      () => pool.threads);
    this.liveGauge('probity_pool_queue_depth', 'Tasks waiting for a pool worker.',
      () => pool.queueSize);
  }

  // Each label set's series is looked up once and kept: prom-client hashes
  // the labels on every observe() otherwise, which showed in the profile of
  // small requests. Label values come from routes, operations and status
  // codes, so these maps stay small.
  private readonly taskSeries = new Map<string, { observe(seconds: number): void }>();
  private readonly outcomeSeries = new Map<string, { inc(): void }>();
  private readonly requestSeries = new Map<string, { observe(seconds: number): void }>();

  readonly observeTask = (task: TaskRecord): void => {
    const { operation, where, outcome } = task;
    cached(this.taskSeries, `${operation} ${where}`,
      () => this.taskDuration.labels({ operation, where })).observe(task.seconds);
    cached(this.outcomeSeries, `${operation} ${where} ${outcome}`,
      () => this.tasks.labels({ operation, where, outcome })).inc();
  };

  observeRequest(method: string, route: string | undefined, status: number, seconds: number): void {
    const routeLabel = route ?? unmatchedRoute;
    cached(this.requestSeries, `${method} ${routeLabel} ${status}`,
      () => this.httpDuration.labels({ method, route: routeLabel, status_code: String(status) }))
      .observe(seconds);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private durationHistogram<L extends string>(name: string, help: string,
    labelNames: readonly L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: durationBuckets,
      registers: [this.registry] });
  }

  private liveGauge(name: string, help: string, read: () => number): void {
    new Gauge({ name, help, registers: [this.registry], collect() {
      this.set(read());
    } });
  }
}

function cached<T>(series: Map<string, T>, key: string, make: () => T): T {
  let found = series.get(key);
  if (found === undefined) {
    found = make();
    series.set(key, found);
  }
  return found;
}
