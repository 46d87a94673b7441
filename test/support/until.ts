/**
 * Waiting for events, not for time: resolves once `check()` holds, looking every 20 ms.
 * The time-out only turns a hang into a failure that says what never happened; it is
 * generous so that tests pass on a busy machine (2 cores, two test runs at once).
 */
export async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
