// Polls until a condition holds, failing after a bounded time so that a
// test never hangs on a fault it is looking for.
export async function waitUntil(
  condition: () => boolean, what: string, timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
