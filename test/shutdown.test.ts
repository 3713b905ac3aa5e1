import { Agent, request, type IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from './support/child-server.js';

interface Answer {
  status: number;
  body: string;
}

// One request, on its own connection unless an agent is given; a reset or
// a refusal rejects.
function send(
  origin: string, method: string, path: string, body?: string, agent: Agent | false = false,
): { write: (chunk: string) => void; end: () => void; answer: Promise<Answer> } {
  const outgoing = request(`${origin}${path}`, { method, agent,
    headers: body === undefined ? {} : { 'content-type': 'application/json',
      'content-length': Buffer.byteLength(body) } });
  const answer = new Promise<Answer>((resolve, reject) => {
    outgoing.on('error', reject);
    outgoing.on('response', (response: IncomingMessage) => {
      let text = '';
      response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      response.on('error', reject);
      response.on('end', () => resolve({ status: response.statusCode!, body: text }));
    });
  });
  return { write: (chunk) => outgoing.write(chunk), end: () => outgoing.end(), answer };
}

function get(origin: string, path: string): Promise<Answer> {
  const call = send(origin, 'GET', path);
  call.end();
  return call.answer;
}

const graceMs = 20_000;
const delayMs = 500;

describe('the server on SIGTERM', () => {
  let server: ChildServer | undefined;
  afterAll(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('turns unready, stops accepting, finishes what is in flight and exits 0', async () => {
    server = await startChildServer({ POOL_THREADS: '1', INLINE_THRESHOLD_BYTES: '0',
      SHUTDOWN_DELAY_MS: String(delayMs), SHUTDOWN_GRACE_MS: String(graceMs),
      MAX_EVENT_LOOP_DELAY_MS: '0' });
    const { origin } = server;
    expect((await get(origin, '/health/ready')).status).toBe(200);

    // In flight: a client still uploading its body, and heavy computations
    // queued behind one worker on keep-alive connections, which must not
    // hold the shutdown open once answered.
    const slowBody = JSON.stringify({ logits: [0, 0, 0, 0] });
    const slow = send(origin, 'POST', '/softmax', slowBody);
    slow.write(slowBody.slice(0, 10));
    const heavyBody = JSON.stringify({ logits: new Array(100_000).fill(0) });
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 3 });
    const heavy = Array.from({ length: 3 }, () => {
      const call = send(origin, 'POST', '/softmax', heavyBody, keepAlive);
      call.write(heavyBody);
      call.end();
      return call.answer;
    });
    await sleep(100);

    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await sleep(50);
    const ready = await get(origin, '/health/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).code).toBe('shutting-down');

    // Past the delay the listener is closed while the upload still holds
    // the process open.
    await sleep(delayMs + 200);
    await expect(get(origin, '/health/live')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    slow.write(slowBody.slice(10));
    slow.end();

    const answers = await Promise.all([slow.answer, ...heavy]);
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(JSON.parse(answers[0]!.body)).toEqual({ probabilities: [0.25, 0.25, 0.25, 0.25] });
    expect(JSON.parse(answers[1]!.body).probabilities).toHaveLength(100_000);

    const exit = await server.exited;
    keepAlive.destroy();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(graceMs);
    expect(server.output()).toMatch(/compute pool closed/);
  }, 90_000);
});
