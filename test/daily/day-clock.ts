// The simulated week of the platform day tests, and a poll for what arrives asynchronously.

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** Sunday 13 December 2026, 08:00 in Seoul; the next day is a Monday, when the weekly board comes. */
export const SUNDAY_EIGHT_SEOUL = Date.UTC(2026, 11, 12, 23, 0);
/** 09:00 in Seoul that Sunday, the channel's post time. */
export const NINE = SUNDAY_EIGHT_SEOUL + HOUR;

/** Poll `probe` until it gives a value; fail naming `what` after `timeoutMs`. */
export async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
