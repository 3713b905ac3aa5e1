import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  body: string | Buffer;
  contentType: string;
  accept?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  requests: number;
  non2xx: number;
  errors: number;
}

// Drives one target with autocannon for a fixed time (no retries, no
// pipelining) and reports completed requests per second.
export async function load(
  target: LoadTarget, seconds: number, connections: number,
): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': target.contentType };
  if (target.accept) headers.accept = target.accept;
  const result = await autocannon({
    url: target.url, method: 'POST', body: target.body, headers,
    connections, duration: seconds, timeout: 30,
  });
  return {
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.01),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
