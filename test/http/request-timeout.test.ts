import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../support/app.js';

const origin = useListeningApp({ REQUEST_TIMEOUT_MS: 500 });

// Sends headers and part of a body, then stalls; resolves with what the
// server wrote before it closed the connection (or after 5 s, if it never did).
function trickle(url: string): Promise<{ text: string; closedAfterMs: number }> {
  const { hostname, port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write('POST /softmax HTTP/1.1\r\nHost: localhost\r\n'
        + 'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"logits":[');
    });
    const giveUp = setTimeout(() => socket.destroy(), 5_000);
    socket.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ text, closedAfterMs: Date.now() - started });
    });
  });
}

describe('a client that trickles its request', () => {
  it('is answered 408 and disconnected once REQUEST_TIMEOUT_MS has passed', async () => {
    const { text, closedAfterMs } = await trickle(origin());
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(400);
    expect(closedAfterMs).toBeLessThan(3_000);
  });
});
