// Back up the database while the bot runs. SQLite: the driver's online backup API, a consistent copy
// taken beside live writers (WAL readers never block them). PostgreSQL and MariaDB have dump tools made
// for this, so for them the operator gets the command to run instead of a second-rate copy.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DatabaseConfig } from '../config/load-config.js';
import { sqliteDriverName } from '../db/connection.js';

const require = createRequire(import.meta.url);

/** The slice of better-sqlite3's API a backup uses (both installed majors share it). */
interface SqliteHandle {
  pragma(sql: string, options?: { simple: boolean }): unknown;
  backup(
    destination: string,
    options?: { progress?: (info: { totalPages: number; remainingPages: number }) => number },
  ): Promise<{ totalPages: number; remainingPages: number }>;
  close(): void;
}
type SqliteDriver = new (
  file: string,
  options?: { fileMustExist?: boolean; readonly?: boolean },
) => SqliteHandle;

/** Why a backup was not made; `code` picks the operator's message. */
export class BackupError extends Error {
  constructor(
    readonly code: 'no_database' | 'target_exists' | 'corrupt_copy',
    readonly file: string,
  ) {
    super(`backup failed (${code}): ${file}`);
    this.name = 'BackupError';
  }
}

/** `interview-2026-12-08T01-02-03Z.sqlite`: sorts by time, and no `:` (some file systems refuse it). */
export function backupFileName(at: Date, extension = 'sqlite'): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `interview-${stamp}.${extension}`;
}

/** Where a backup goes when no path is given: DATA_DIR/backups/<timestamped name>. */
export function defaultBackupTarget(dataDir: string, at: Date): string {
  return path.resolve(dataDir, 'backups', backupFileName(at));
}

export interface SqliteBackup {
  file: string;
  bytes: number;
  pages: number;
}

/**
 * Copy the SQLite database `source` to `target` (which must not exist) while other connections, in this
 * process or another, keep writing. The copy is written as `<target>.partial` and renamed once complete
 * and checked, so a file at `target` is always a whole, consistent database.
 */
export async function backupSqlite(source: string, target: string): Promise<SqliteBackup> {
  if (!fs.existsSync(source)) throw new BackupError('no_database', source);
  if (fs.existsSync(target)) throw new BackupError('target_exists', target);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const Driver = require(sqliteDriverName()) as SqliteDriver;
  const db = new Driver(source, { fileMustExist: true });
  let pages = 0;
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, copy all that remains in one step: a write by another connection between
    // two steps restarts the copy, so small steps under a steady stream of writes might never finish.
    const result = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        return Math.max(100, remainingPages);
      },
    });
    pages = result.totalPages;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // The copy inherits WAL mode; back to a rollback journal it is one self-contained file (no -wal/-shm
  // beside it, none left behind under the .partial name).
  const copy = new Driver(partial, { fileMustExist: true });
  copy.pragma('journal_mode = DELETE');
  const check = copy.pragma('integrity_check', { simple: true });
  copy.close();
  if (check !== 'ok') {
    fs.rmSync(partial, { force: true });
    throw new BackupError('corrupt_copy', partial);
  }
  fs.renameSync(partial, target);
  return { file: target, bytes: fs.statSync(target).size, pages };
}

/**
 * The dump command for a server database. No password is printed: pg_dump reads it from the URL in the
 * environment, mariadb-dump asks for it (`--password` with no value).
 */
export function dumpCommand(database: Exclude<DatabaseConfig, { client: 'sqlite' }>, at: Date): string {
  if (database.client === 'pg') {
    return `pg_dump --format=custom --file=${backupFileName(at, 'dump')} "$DATABASE_URL"`;
  }
  const url = new URL(database.url);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const user = url.username ? ` --user=${decodeURIComponent(url.username)}` : '';
  return [
    `mariadb-dump --single-transaction --quick --routines --host=${url.hostname} --port=${url.port || '3306'}${user}`,
    `${url.password ? '--password ' : ''}${name} > ${backupFileName(at, 'sql')}`,
  ].join(' ');
}
