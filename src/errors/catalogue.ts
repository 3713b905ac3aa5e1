// The one list of problems the service can answer with. Each code becomes the
// problem's `type` (/problems/<code>) and its `code` member; the README's
// error table documents every entry, and a test keeps the two in step.
export const problemCatalogue = {
  'malformed-json': { status: 400, title: 'Malformed JSON',
    description: 'The body is not valid JSON, or uses a forbidden key such as __proto__.' },
  'invalid-request': { status: 400, title: 'Invalid request',
    description: 'A field has the wrong type or is unknown, or a required field is missing.' },
  'invalid-tensor': { status: 400, title: 'Invalid tensor',
    description: 'A tensor is empty, ragged, nested too deeply or of the wrong shape.' },
  'invalid-number': { status: 400, title: 'Invalid number',
    description: 'A number is NaN, or a JSON literal overflows float64 (write "Infinity").' },
  'not-found': { status: 404, title: 'Not found',
    description: 'No route has this method and path.' },
  'unknown-name': { status: 404, title: 'Unknown name',
    description: 'No function or distribution has this name; the detail lists the known ones.' },
  'payload-too-large': { status: 413, title: 'Payload too large',
    description: 'The body is larger than BODY_LIMIT_BYTES.' },
  'too-many-elements': { status: 413, title: 'Too many elements',
    description: 'The tensors hold more elements than MAX_ELEMENTS.' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type',
    description: 'The route does not take this Content-Type.' },
  'domain-error': { status: 422, title: 'Outside the domain',
    description: 'Well-formed input on which the mathematics has no answer.' },
  'rate-limited': { status: 429, title: 'Too many requests',
    description: 'The client passed the configured rate limit; see Retry-After.' },
  'internal-error': { status: 500, title: 'Internal error',
    description: 'An unexpected fault; the log has the details under the request id.' },
  'worker-failed': { status: 500, title: 'Worker failed',
    description: 'The worker thread running the computation died; it has been replaced.' },
  'overloaded': { status: 503, title: 'Overloaded',
    description: 'The compute queue is full or the process is under pressure; see Retry-After.' },
  'shutting-down': { status: 503, title: 'Shutting down',
    description: 'The server is draining before it stops; retry on another replica.' },
  'timeout': { status: 504, title: 'Computation timed out',
    description: 'The computation ran past TASK_TIMEOUT_MS and was aborted.' },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ProblemCode = keyof typeof problemCatalogue;

export function problemType(code: ProblemCode): string {
  return `/problems/${code}`;
}
