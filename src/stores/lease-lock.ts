// The per-session lock across processes: a lease row in `session_locks`, so a member's two messages
// handled by two instances on one PostgreSQL/MariaDB still run one after the other. Inside one process
// the in-memory keyed lock queues callers first, so only cross-process contention touches the table.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { isUniqueViolation } from '../db/errors.js';
import { createKeyedLock, type KeyedLock } from '../engine/keyed-lock.js';

export interface LeaseLockOptions {
  /** A lease not renewed for this long is taken over (its holder died). Renewed every third of it. */
  leaseMs?: number | undefined;
  /** Give up waiting after this long (a holder that renews forever is a bug, not a queue). */
  maxWaitMs?: number | undefined;
  /** Wall clock for leases: real time even when a test fakes the engine's clock. */
  now?: (() => number) | undefined;
}

/** Thrown when a lock could not be had within `maxWaitMs`. */
export class LockTimeoutError extends Error {
  constructor(key: string) {
    super(`could not take the lock ${key} in time`);
    this.name = 'LockTimeoutError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock for one process on one database (same signature as the in-memory keyed lock). */
export function createLeaseLock(knex: Knex, options: LeaseLockOptions = {}): KeyedLock {
  const leaseMs = options.leaseMs ?? 30_000;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const now = options.now ?? Date.now;
  const owner = randomUUID();
  const local = createKeyedLock();

  /** One attempt: insert the row, or take it over when its lease ran out. */
  const tryAcquire = async (key: string): Promise<boolean> => {
    const at = now();
    try {
      await knex('session_locks').insert({ lock_key: key, owner, expires_at: at + leaseMs });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const taken = await knex('session_locks')
      .where({ lock_key: key })
      .where('expires_at', '<', at)
      .update({ owner, expires_at: at + leaseMs });
    return Number(taken) > 0;
  };

  const acquire = async (key: string) => {
    const giveUpAt = now() + maxWaitMs;
    // Short first waits (most holders finish a message in milliseconds), then up to 200 ms with jitter.
    for (let attempt = 0; !(await tryAcquire(key)); attempt += 1) {
      if (now() > giveUpAt) throw new LockTimeoutError(key);
      await sleep(Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random() / 2));
    }
  };

  return {
    withLock: <T>(key: string, fn: () => Promise<T>): Promise<T> =>
      local.withLock(key, async () => {
        await acquire(key);
        const renew = setInterval(() => {
          void knex('session_locks')
            .where({ lock_key: key, owner })
            .update({ expires_at: now() + leaseMs })
            .catch(() => undefined);
        }, leaseMs / 3);
        renew.unref();
        try {
          return await fn();
        } finally {
          clearInterval(renew);
          // If the database is unreachable the lease simply runs out; the work's own outcome stands.
          await knex('session_locks')
            .where({ lock_key: key, owner })
            .delete()
            .catch(() => undefined);
        }
      }),
  };
}
