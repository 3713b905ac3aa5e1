import autocannon from 'autocannon';
import { ownCpuSeconds } from './cpu-time.js';

export interface LoadTarget {
  url: string;
  // Sent in turn, so that the numbers differ from one request to the next as
  // a service's traffic does (a body sent again and again lets V8 reuse the
  // spelling of numbers it has printed); the checks send the first.
  bodies: readonly (string | Buffer)[];
  contentType: string;
  accept?: string;
  // The server's CPU seconds so far, to report its CPU time per request.
  serverCpuSeconds?: () => number | undefined;
  // Seconds the server's main thread has spent collecting garbage so far.
  serverGcSeconds?: () => Promise<number | undefined>;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  requests: number;
  non2xx: number;
  errors: number;
  // CPU milliseconds per completed request: the server's (all threads) and
  // the client's (autocannon, in this process). They share the machine's cores.
  serverCpuMs?: number;
  clientCpuMs: number;
  // Milliseconds of garbage collection on the server's main thread per request.
  serverGcMs?: number;
}

// Drives one target with autocannon for a fixed time (no retries, no
// pipelining) and reports completed requests per second.
export async function load(
  target: LoadTarget, seconds: number, connections: number,
): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': target.contentType };
  if (target.accept) headers.accept = target.accept;
  let next = 0;
  const gcBefore = await target.serverGcSeconds?.();
  const serverBefore = target.serverCpuSeconds?.();
  const clientBefore = ownCpuSeconds();
  // A single body is given to autocannon as it is; rotating bodies makes it
  // rebuild every request, which costs it CPU the servers share.
  const rotation = target.bodies.length > 1
    ? { requests: [{ setupRequest: (request: autocannon.Request) => {
      const body = target.bodies[next]!;
      next = (next + 1) % target.bodies.length;
      return { ...request, body };
    } }] }
    : { body: target.bodies[0] };
  const result = await autocannon({
    url: target.url, method: 'POST', headers, connections, duration: seconds, timeout: 30,
    ...rotation,
  });
  const clientSeconds = ownCpuSeconds() - clientBefore;
  const serverAfter = target.serverCpuSeconds?.();
  const gcAfter = await target.serverGcSeconds?.();
  const perRequest = (seconds: number) => seconds * 1000 / Math.max(result.requests.total, 1);
  return {
    serverCpuMs: serverBefore === undefined || serverAfter === undefined ? undefined
      : perRequest(serverAfter - serverBefore),
    clientCpuMs: perRequest(clientSeconds),
    serverGcMs: gcBefore === undefined || gcAfter === undefined ? undefined
      : perRequest(gcAfter - gcBefore),
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.01),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
