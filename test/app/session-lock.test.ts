// The core's per-session lock: in memory on SQLite, a lease row of SESSION_LOCK_LEASE_MS elsewhere.
import { afterAll, describe, expect, it } from 'vitest';
import { createSessionLock } from '../../src/app/session-lock.js';
import { loadConfig } from '../../src/config/load-config.js';
import { testDatabases } from '../helpers/databases.js';

describe.each(testDatabases())('session lock on $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('holds a lease as long as SESSION_LOCK_LEASE_MS says (no row at all on SQLite)', async () => {
    const db = await database.create({ file: true });
    cleanups.push(db.destroy);
    for (const leaseMs of [4000, 90_000]) {
      const config = loadConfig({ SESSION_LOCK_LEASE_MS: String(leaseMs) });
      const lock = createSessionLock(db.knex, { leaseMs: config.env.SESSION_LOCK_LEASE_MS });
      const before = Date.now();
      const rows = await lock.withLock('session:42', () => db.knex('session_locks').select());
      const after = Date.now();
      if (database.name === 'sqlite') {
        expect(rows).toEqual([]);
        continue;
      }
      expect(rows).toHaveLength(1);
      const expiresAt = Number(rows[0].expires_at);
      expect(expiresAt).toBeGreaterThanOrEqual(before + leaseMs);
      expect(expiresAt).toBeLessThanOrEqual(after + leaseMs);
      expect(await db.knex('session_locks')).toEqual([]);
    }
  });
});
