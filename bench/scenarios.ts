import type { LoadTarget } from './load.js';
import {
  binaryBody, jsonBody, makeLogits, naiveSoftmax, variantsFor, worstError,
} from './payloads.js';
import type { RunningServer } from './servers.js';

export interface Scenario {
  id: string;
  label: string;
  elements: number;
  target: LoadTarget;
  // Sends the request once and says what is wrong with the answer, if anything.
  check(): Promise<string | undefined>;
}

export interface ScenarioServers {
  echo: RunningServer;
  probity: RunningServer;
  inline: RunningServer;
  pooled: RunningServer;
}

const json = 'application/json';
const octets = 'application/octet-stream';

async function send(target: LoadTarget): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': target.contentType };
  if (target.accept) headers.accept = target.accept;
  return fetch(target.url, { method: 'POST', body: target.bodies[0], headers });
}

// The answer's values as float64, whatever form it came in.
async function answerValues(response: Response, field: string): Promise<Float64Array> {
  if (response.headers.get('content-type')?.startsWith(octets)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const dtype = response.headers.get('x-tensor-dtype');
    return dtype === 'float32' ? Float64Array.from(new Float32Array(bytes.buffer))
      : new Float64Array(bytes.buffer);
  }
  const body = await response.json() as Record<string, number[]>;
  return Float64Array.from(body[field] ?? []);
}

function checker(target: LoadTarget, field: string, expected: Float64Array, tolerance: number) {
  return async (): Promise<string | undefined> => {
    const response = await send(target);
    if (response.status !== 200) return `status ${response.status}: ${await response.text()}`;
    const error = worstError(await answerValues(response, field), expected);
    return error <= tolerance ? undefined : `answer off by ${error} (tolerance ${tolerance})`;
  };
}

// Seconds the server's main thread has spent in garbage collection, from
// the Node.js metrics Probity exports at /metrics.
async function mainThreadGcSeconds(server: RunningServer): Promise<number | undefined> {
  const response = await fetch(`${server.origin}/metrics`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const lines = (await response.text()).split('\n')
    .filter((line) => line.startsWith('nodejs_gc_duration_seconds_sum'));
  if (lines.length === 0) return undefined;
  return lines.reduce((total, line) => total + Number(line.split(' ').pop()), 0);
}

// Every way one payload size is served, ceiling first.
export function scenariosFor(elements: number, servers: ScenarioServers): Scenario[] {
  const variants = Array.from({ length: variantsFor(elements) },
    (_, k) => makeLogits(elements, k));
  const logits = variants[0]!;
  const texts = variants.map(jsonBody);
  const softmaxExpected = naiveSoftmax(logits);
  const float32Expected = naiveSoftmax(Float32Array.from(logits));
  const jsonTarget = (server: RunningServer): LoadTarget =>
    ({ url: `${server.origin}/softmax`, bodies: texts, contentType: json,
      serverCpuSeconds: server.cpuSeconds, serverGcSeconds: () => mainThreadGcSeconds(server) });
  const binaryBodies = (dtype: 'float32' | 'float64') =>
    variants.map((values) => binaryBody(values, dtype));
  const binaryTarget = (dtype: 'float32' | 'float64'): LoadTarget => ({
    url: `${servers.probity.origin}/softmax?dtype=${dtype}&shape=${elements}`,
    bodies: binaryBodies(dtype), contentType: octets, accept: octets,
    serverCpuSeconds: servers.probity.cpuSeconds });

  const echo: LoadTarget = { url: `${servers.echo.origin}/echo`, bodies: texts,
    contentType: json, serverCpuSeconds: servers.echo.cpuSeconds };
  const echoWithHeaders: LoadTarget = { ...echo,
    url: `${servers.echo.origin}/echo-with-headers` };
  const binaryEcho: LoadTarget = { url: `${servers.echo.origin}/echo`,
    bodies: binaryBodies('float32'), contentType: octets, accept: octets,
    serverCpuSeconds: servers.echo.cpuSeconds };
  const scenario = (id: string, label: string, target: LoadTarget, field: string,
    expected: Float64Array, tolerance: number): Scenario =>
    ({ id, label, elements, target, check: checker(target, field, expected, tolerance) });

  return [
    scenario('echo', 'bare Fastify echo (ceiling)', echo, 'logits', logits, 0),
    scenario('echo-headers', 'the echo with Probity\'s headers', echoWithHeaders, 'logits',
      logits, 0),
    scenario('json', 'Probity JSON (default policy)', jsonTarget(servers.probity),
      'probabilities', softmaxExpected, 1e-12),
    scenario('json-inline', 'Probity JSON, inline only', jsonTarget(servers.inline),
      'probabilities', softmaxExpected, 1e-12),
    scenario('json-pooled', 'Probity JSON, pool only', jsonTarget(servers.pooled),
      'probabilities', softmaxExpected, 1e-12),
    scenario('binary-float64', 'Probity binary float64', binaryTarget('float64'),
      'probabilities', softmaxExpected, 1e-12),
    // float32 carries about 7 significant digits each way.
    scenario('binary-float32', 'Probity binary float32', binaryTarget('float32'),
      'probabilities', float32Expected, 1e-6),
    // The same float32 bytes sent back unchanged: the most an HTTP exchange of
    // that size allows here, autocannon's handling of the answer included.
    scenario('echo-binary-float32', 'bare Fastify echo of the float32 bytes', binaryEcho,
      'probabilities', Float64Array.from(Float32Array.from(logits)), 0),
  ];
}

// A request whose computation dominates its transfer: exact GELU when the
// service has it, otherwise softmax, over a binary float64 tensor.
export async function heavyTarget(
  server: RunningServer, elements: number,
): Promise<{ label: string; path: string; body: Buffer;
  check: (origin: string) => Promise<string | undefined>; }> {
  const logits = makeLogits(elements);
  const catalogue = await fetch(`${server.origin}/activations`).catch(() => undefined);
  const hasGelu = catalogue?.ok && (await catalogue.text()).includes('"gelu"');
  const path = hasGelu ? `/activations/gelu?approximate=none&shape=${elements}`
    : `/softmax?shape=${elements}`;
  const label = hasGelu ? `exact GELU over ${elements.toLocaleString('en-US')} float64`
    : `softmax over ${elements.toLocaleString('en-US')} float64`;
  const expected = hasGelu ? undefined : naiveSoftmax(logits);
  const check = async (origin: string): Promise<string | undefined> => {
    const target = { url: `${origin}${path}`, bodies: [binaryBody(logits, 'float64')],
      contentType: octets, accept: octets };
    const response = await send(target);
    if (response.status !== 200) return `status ${response.status}: ${await response.text()}`;
    const values = await answerValues(response, hasGelu ? 'y' : 'probabilities');
    if (values.length !== elements) return `answer has ${values.length} values`;
    if (!expected) return geluInBounds(logits, values) ? undefined : 'GELU out of its bounds';
    const error = worstError(values, expected);
    return error <= 1e-12 ? undefined : `answer off by ${error}`;
  };
  return { label, path, body: binaryBody(logits, 'float64'), check };
}

// x * Phi(x) lies between min(x, 0) - 0.17 (its minimum is about -0.1700)
// and max(x, 0): a check that shares nothing with the engine.
function geluInBounds(x: Float64Array, y: Float64Array): boolean {
  return y.every((value, i) => value <= Math.max(x[i]!, 0) + 1e-12
    && value >= Math.min(x[i]!, 0) - 0.17);
}
