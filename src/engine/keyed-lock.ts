// Serialise work per key (a session, a user's start) so a message and a finished job never interleave.

/**
 * The lock the engine and the job handlers share (built once in create-core.ts). Small on purpose:
 * the in-process implementation below serves one process; a database-backed one with the same
 * method lets several processes share sessions.
 */
export interface KeyedLock {
  /** Run `fn` after every earlier call with the same key has settled; its result or error is passed on. */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** The in-process lock: a promise chain per key, dropped when its last call settles. */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.catch(() => undefined).then(fn);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await result;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}

/** The key under which work on one session is serialised. */
export function sessionKey(sessionId: number): string {
  return `session:${sessionId}`;
}
