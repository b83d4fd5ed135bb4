// SQLite serves one bot process: its session lock lives in that process's memory, so a second bot on the
// same file (a second `npm start`, two containers on one volume) would handle one member's messages twice
// at once. The running bot claims the file with a renewed row in session_locks; a second one refuses to
// start. A claim left by a bot that died without stopping (kill -9) lapses after CLAIM_LEASE_MS.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { sqliteDriverName } from '../db/connection.js';

const require = createRequire(import.meta.url);

/** The session_locks key of the claim (a session key is "session:<id>" or "start:<user>"). */
export const CLAIM_KEY = 'instance:sqlite';
/** How long a claim outlives its last renewal; renewed every third of it. */
export const CLAIM_LEASE_MS = 6000;

interface Statement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): Record<string, unknown> | undefined;
}
interface Connection {
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  close(): void;
}

/** Another live bot holds the file. */
export class SqliteInUseError extends Error {
  constructor(readonly file: string) {
    super(`another bot is running on ${file}`);
    this.name = 'SqliteInUseError';
  }
}

export interface SqliteClaim {
  /** Give the file up (graceful stop); idempotent. */
  release(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Claim the migrated SQLite database `file` for this process. When a claim is there, watch it for one
 * lease: renewed means a live bot (SqliteInUseError); lapsed means a dead one (taken over). `onWait` is
 * called once if the start has to wait for a lapse.
 */
export async function claimSqliteFile(
  file: string,
  options: { leaseMs?: number; onWait?: () => void } = {},
): Promise<SqliteClaim> {
  const leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
  const Driver = require(sqliteDriverName()) as new (file: string) => Connection;
  // A connection of its own, so the claim is renewed and released whatever the bot's pool is doing.
  const db = new Driver(file);
  db.pragma('busy_timeout = 5000');
  const owner = randomUUID();
  const insert = db.prepare(
    'insert or ignore into session_locks (lock_key, owner, expires_at) values (?, ?, ?)',
  );
  const takeOver = db.prepare(
    'update session_locks set owner = ?, expires_at = ? where lock_key = ? and expires_at < ?',
  );
  const read = db.prepare('select expires_at from session_locks where lock_key = ?');

  const tryClaim = () => {
    const now = Date.now();
    return (
      insert.run(CLAIM_KEY, owner, now + leaseMs).changes > 0 ||
      takeOver.run(owner, now + leaseMs, CLAIM_KEY, now).changes > 0
    );
  };
  if (!tryClaim()) {
    const seen = Number(read.get(CLAIM_KEY)?.expires_at ?? 0);
    options.onWait?.();
    for (;;) {
      await sleep(Math.min(500, leaseMs / 4));
      if (tryClaim()) break;
      if (Number(read.get(CLAIM_KEY)?.expires_at ?? 0) > seen) {
        db.close();
        throw new SqliteInUseError(file);
      }
    }
  }
  const renew = db.prepare('update session_locks set expires_at = ? where lock_key = ? and owner = ?');
  const timer = setInterval(() => {
    try {
      renew.run(Date.now() + leaseMs, CLAIM_KEY, owner);
    } catch {
      // Busy for longer than busy_timeout: the next renewal tries again, well inside the lease.
    }
  }, leaseMs / 3);
  timer.unref();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      try {
        db.prepare('delete from session_locks where lock_key = ? and owner = ?').run(CLAIM_KEY, owner);
      } finally {
        db.close();
      }
    },
  };
}
