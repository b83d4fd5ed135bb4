// Per-user ordering without blocking the gateway: handlers enqueue and return; stop() waits for the queue.
import { createKeyedLock } from '../../src/engine/keyed-lock.js';

/** Work queued per user: one user's events run in arrival order, different users run side by side. */
export interface UserQueue {
  /** Queue `task` behind the earlier tasks of `key`; failures go to the queue's error handler. */
  push(key: string, task: () => Promise<void>): void;
  /** Resolve once every queued task, including those queued meanwhile, has settled. */
  drain(): Promise<void>;
}

export function createUserQueue(onError: (error: unknown, key: string) => void): UserQueue {
  const lock = createKeyedLock();
  const inFlight = new Set<Promise<void>>();
  return {
    push(key, task) {
      const run: Promise<void> = lock
        .withLock(key, task)
        .catch((error: unknown) => onError(error, key))
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
