// Serialise work per key (a session) inside this process, so a message and a finished job never interleave.

/** Run `fn` after every earlier call with the same key has settled. */
export function createKeyedLock() {
  const tails = new Map<string | number, Promise<unknown>>();
  return async function withLock<T>(key: string | number, fn: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.catch(() => undefined).then(fn);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

export type KeyedLock = ReturnType<typeof createKeyedLock>;
