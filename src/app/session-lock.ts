// The per-session lock a core uses: in memory on SQLite (one process by design), a lease row on
// PostgreSQL/MariaDB, where several instances may share the database (src/stores/lease-lock.ts).
import type { Knex } from 'knex';
import { dialectOf } from '../db/connection.js';
import { createKeyedLock, type KeyedLock } from '../engine/keyed-lock.js';
import { createLeaseLock } from '../stores/lease-lock.js';

/** Choose the lock for `knex`'s dialect; `leaseMs` is SESSION_LOCK_LEASE_MS (ignored on SQLite). */
export function createSessionLock(knex: Knex, options: { leaseMs: number }): KeyedLock {
  return dialectOf(knex) === 'sqlite'
    ? createKeyedLock()
    : createLeaseLock(knex, { leaseMs: options.leaseMs });
}
