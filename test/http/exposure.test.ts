import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';

const marker = 'S3CR3T-B0DY-MARK3R';

// The marker as text, and as a logged Buffer would spell it (bytes, base64).
const markerSpellings = [
  marker,
  [...Buffer.from(marker)].join(','),
  Buffer.from(marker).toString('base64').slice(0, 16),
];

// Every log line the app writes, at the most verbose level.
class LogCapture extends Writable {
  text = '';

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

// Bodies that carry the marker down every path: answered, refused by the
// schema, malformed, of the wrong type, too large, on the event loop and in
// a worker, and one that meets an unexpected fault.
const requests = [
  { url: '/softmax', payload: `{"logits":[1,2],"${marker}":1}` },
  { url: '/softmax', payload: `{"logits":["${marker}"]}` },
  { url: '/log-softmax', payload: `{"logits":[1,2],"temperature":"${marker}"}` },
  { url: '/softmax', payload: `{"logits":[1,2,"${marker}` },
  { url: '/softmax', payload: `{"logits":[${'0,'.repeat(50)}"${marker}"]}` },
  { url: '/softmax', payload: marker, type: 'text/plain' },
  { url: '/softmax', payload: `{"logits":[${'0,'.repeat(2000)}0],"x":"${marker}"}` },
  { url: '/fault', payload: `{"secret":"${marker}"}` },
];

const internalPath = '/srv/probity/src/secret-module.ts:42';

describe('what the service exposes', () => {
  const logs = new LogCapture();
  let app: FastifyInstance;
  beforeAll(async () => {
    const config = loadConfig({}, { LOG_LEVEL: 'trace', POOL_THREADS: 1, MAX_EVENT_LOOP_DELAY_MS: 0,
      INLINE_THRESHOLD_BYTES: 64, BODY_LIMIT_BYTES: 2048 });
    app = await buildApp(config, { logStream: logs });
    // A route with a bug, to see what an unexpected fault looks like outside.
    app.post('/fault', async () => {
      throw new Error(`cannot read x at ${internalPath}`);
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('never writes a request body to the log', async () => {
    for (const request of requests) {
      await app.inject({ method: 'POST', url: request.url, payload: request.payload,
        headers: { 'content-type': request.type ?? 'application/json' } });
    }
    await app.inject({ method: 'POST', url: '/softmax', payload: '{"logits":[0,0]}',
      headers: { 'content-type': 'application/json' } });

    const lines = logs.text.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.msg === 'request completed').length)
      .toBeGreaterThanOrEqual(requests.length);
    expect(lines.some((line) => line.msg === 'request failed')).toBe(true);
    for (const spelling of markerSpellings) expect(logs.text).not.toContain(spelling);
  });

  it('answers an unexpected fault with a bare 500, no message, stack or path', async () => {
    const response = await app.inject({ method: 'POST', url: '/fault', payload: '{}',
      headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'internal-error', status: 500 });
    expect(response.body).not.toContain('secret-module');
    expect(response.body).not.toContain('cannot read');
    expect(response.body).not.toMatch(/\.(?:ts|js):\d+|node_modules|\bat \S+ \(/);
  });
});
