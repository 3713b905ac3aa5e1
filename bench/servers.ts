import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { processCpuSeconds } from './cpu-time.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Every server this process started, so that none outlives it, even when
// another one fails to start.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export interface RunningServer {
  name: string;
  origin: string;
  // CPU seconds the server process has used, all threads (Linux only).
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

// A free loopback port, found by letting the system choose one.
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Starts a TypeScript entry point in its own process, so the server does not
// share an event loop with autocannon, and waits until it reports ready.
export async function startServer(
  name: string, entry: string, env: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(origin, child, name);
  return { name, origin, cpuSeconds: () => processCpuSeconds(child.pid),
    stop: () => stopChild(child) };
}

async function waitUntilReady(origin: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not become ready within 90 s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAllServers(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}
