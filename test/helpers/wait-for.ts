// The one way tests wait for something asynchronous: poll a probe until it answers, or fail saying what.

export interface WaitOptions {
  /** Give up after this long (default 10 s: generous on a loaded machine, never reached when green). */
  timeoutMs?: number | undefined;
  /** How often to look again (default 10 ms). */
  intervalMs?: number | undefined;
  /** What was awaited, for the failure message; a function is called only on failure. */
  what?: string | (() => string) | undefined;
}

/**
 * Resolve with the first value `probe` returns that is neither undefined nor false (it may be async);
 * reject after `timeoutMs`, naming `what`. A probe that throws fails the wait at once.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: WaitOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 10;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const what = typeof options.what === 'function' ? options.what() : (options.what ?? 'a condition');
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** How many times `pattern` occurs in `text`. */
export function countMatches(text: string, pattern: RegExp): number {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return text.match(new RegExp(pattern.source, flags))?.length ?? 0;
}

/** Wait until `read()` contains `pattern` at least `times` times; resolves with the text. */
export function waitForText(
  read: () => string,
  pattern: RegExp,
  times = 1,
  options: WaitOptions = {},
): Promise<string> {
  return waitFor(
    () => {
      const text = read();
      return countMatches(text, pattern) >= times ? text : undefined;
    },
    { ...options, what: options.what ?? (() => `${pattern} ×${times} in:\n${read().slice(-3000)}`) },
  );
}
