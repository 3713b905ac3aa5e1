import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config/load.js';
import { drain } from './shutdown.js';

// Starts Probity on the configured host and port, and drains on SIGTERM or
// SIGINT: readiness turns 503, in-flight requests finish, the pool closes,
// and the process exits 0 (or 1 if SHUTDOWN_GRACE_MS, counted from the
// signal, runs out first).
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'draining before shutdown');
    const deadline = setTimeout(() => {
      app.log.error({ graceMs: config.SHUTDOWN_GRACE_MS }, 'grace period over; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    deadline.unref();
    drain(app).then(() => {
      app.log.info('stopped');
      process.exit(0);
    }, (error: unknown) => {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`probity: invalid configuration: ${error.message}\n`);
  } else {
    process.stderr.write(`probity: failed to start: ${(error as Error).message}\n`);
  }
  process.exit(1);
});
