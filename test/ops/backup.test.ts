// `npm run backup`: an online SQLite copy taken while another process keeps writing, named by time under
// DATA_DIR/backups, never overwriting; for PostgreSQL/MariaDB the dump command, without the password.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, sqliteDriverName } from '../../src/db/connection.js';
import { migrateLatest } from '../../src/db/migrate.js';
import { BackupError, backupSqlite, defaultBackupTarget, dumpCommand } from '../../src/ops/backup.js';
import { waitFor } from '../helpers/wait-for.js';
import { buildIfStale, ROOT } from './npm-start.js';

interface Sqlite {
  prepare(sql: string): { get(): Record<string, unknown>; all(): Record<string, unknown>[] };
  pragma(sql: string, options?: { simple: boolean }): unknown;
  close(): void;
}
const Driver = createRequire(import.meta.url)(sqliteDriverName()) as new (
  file: string,
  options?: { readonly?: boolean },
) => Sqlite;

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cyi-backup-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated bot database (WAL, as the bot opens it) with `rows` rows of filler in a `probe` table. */
async function botDatabase(file: string, rows: number): Promise<void> {
  const knex = openDatabase({ client: 'sqlite', filename: file });
  await migrateLatest(knex);
  await knex.schema.createTable('probe', (table) => {
    table.increments('id');
    table.text('payload').notNullable();
  });
  const payload = 'x'.repeat(200);
  for (let i = 0; i < rows; i += 500) {
    await knex('probe').insert(Array.from({ length: Math.min(500, rows - i) }, () => ({ payload })));
  }
  await knex.destroy();
}

/** Another process inserting into `probe` as fast as it can, the way a running bot writes beside a backup. */
function startWriter(file: string): { child: ChildProcess; written: () => number } {
  const script = `
    const Database = require(${JSON.stringify(sqliteDriverName())});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare("insert into probe (payload) values ('written during the backup')");
    let n = 0;
    const tick = () => { insert.run(); n += 1; if (n % 20 === 0) process.stdout.write(n + '\\n'); setImmediate(tick); };
    tick();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let last = 0;
  child.stdout!.on('data', (chunk: Buffer) => {
    last = Number(chunk.toString().trim().split('\n').at(-1));
  });
  cleanups.push(() => {
    child.kill('SIGKILL');
  });
  return { child, written: () => last };
}

const count = (db: Sqlite, table: string) => Number(db.prepare(`select count(*) as n from ${table}`).get().n);

describe('SQLite online backup', () => {
  it('copies the database while another process keeps writing: the copy is whole and has the rows', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'interview.sqlite');
    await botDatabase(source, 20_000);
    const writer = startWriter(source);
    await waitFor(() => writer.written() >= 100);

    const live = new Driver(source, { readonly: true });
    cleanups.push(() => live.close());
    const before = count(live, 'probe');
    const target = path.join(dir, 'backups', 'copy.sqlite');
    const done = await backupSqlite(source, target);
    const after = count(live, 'probe');
    const writtenDuringIt = writer.written();
    writer.child.kill('SIGKILL');

    expect(done.file).toBe(target);
    expect(done.pages).toBeGreaterThan(100); // more than one backup step
    // One self-contained file: nothing else in the folder (no .partial, no -wal/-shm beside it).
    expect(fs.readdirSync(path.dirname(target))).toEqual(['copy.sqlite']);
    const copy = new Driver(target, { readonly: true });
    cleanups.push(() => copy.close());
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every row committed before the copy began is in it; rows written meanwhile may or may not be.
    expect(count(copy, 'probe')).toBeGreaterThanOrEqual(before);
    expect(count(copy, 'probe')).toBeLessThanOrEqual(after);
    expect(after).toBeGreaterThan(before);
    expect(writtenDuringIt).toBeGreaterThan(100);
    // The bot's own tables came along: every migration and the seeded-nothing schema.
    expect(count(copy, 'knex_migrations')).toBe(count(live, 'knex_migrations'));
    expect(count(copy, 'sessions')).toBe(0);
  });

  it('never overwrites a file and says so; a missing database is named, not created', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'interview.sqlite');
    await botDatabase(source, 10);
    const target = path.join(dir, 'taken.sqlite');
    fs.writeFileSync(target, 'an older backup');
    await expect(backupSqlite(source, target)).rejects.toMatchObject({ code: 'target_exists', file: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('an older backup');
    const missing = path.join(dir, 'nothing.sqlite');
    const error = await backupSqlite(missing, path.join(dir, 'out.sqlite')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'no_database' });
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('names a backup by its UTC time under DATA_DIR/backups', () => {
    expect(defaultBackupTarget('/srv/data', new Date('2026-12-08T01:02:03.456Z'))).toBe(
      '/srv/data/backups/interview-2026-12-08T01-02-03Z.sqlite',
    );
  });
});

describe('server databases', () => {
  const at = new Date('2026-12-08T01:02:03Z');
  it('gives the pg_dump command, reading the password from the environment rather than printing it', () => {
    const command = dumpCommand({ client: 'pg', url: 'postgres://bot:s3cret@db:5432/interview' }, at);
    expect(command).toBe(
      'pg_dump --format=custom --file=interview-2026-12-08T01-02-03Z.dump "$DATABASE_URL"',
    );
  });

  it('gives the mariadb-dump command, which asks for the password', () => {
    const command = dumpCommand({ client: 'mysql', url: 'mysql://bot:s3cret@db.local:3307/interview' }, at);
    expect(command).toBe(
      'mariadb-dump --single-transaction --quick --routines --host=db.local --port=3307 --user=bot --password interview > interview-2026-12-08T01-02-03Z.sql',
    );
    expect(command).not.toContain('s3cret');
  });
});

describe('npm run backup', () => {
  const run = (env: Record<string, string>, ...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'backup', '--', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', LC_ALL: '', LANG: 'C.UTF-8', ...env },
    });

  it('backs up the SQLite file under DATA_DIR into backups/, in the operator’s language', async () => {
    buildIfStale();
    const dir = tempDir();
    await botDatabase(path.join(dir, 'interview.sqlite'), 10);
    const english = run({ DATA_DIR: dir });
    expect(english.stderr).toBe('');
    expect(english.status).toBe(0);
    const [file] = fs.readdirSync(path.join(dir, 'backups'));
    expect(file).toMatch(/^interview-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite$/);
    expect(english.stdout).toContain(`Backed up ${path.join(dir, 'interview.sqlite')}`);
    const korean = run({ DATA_DIR: dir, LANG: 'ko_KR.UTF-8' }, path.join(dir, 'backups', file!));
    expect(korean.status).toBe(1);
    expect(korean.stderr).toContain('덮어쓰지 않으니');
  });

  it('prints the dump command for PostgreSQL and exits 3: no copy was made', () => {
    buildIfStale();
    const result = run({ DATABASE_URL: 'postgres://bot:s3cret@127.0.0.1:1/interview' });
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/pg_dump --format=custom --file=interview-.+\.dump "\$DATABASE_URL"/);
    expect(result.stdout + result.stderr).not.toContain('s3cret');
  });
});
