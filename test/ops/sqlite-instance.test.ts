// SQLite is single-instance: a second bot on the same file refuses to start, a cleanly stopped bot frees
// the file at once, and a bot that died without stopping frees it after its claim's lease.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { migrateLatest } from '../../src/db/migrate.js';
import {
  CLAIM_KEY,
  claimSqliteFile,
  type SqliteClaim,
  SqliteInUseError,
} from '../../src/ops/sqlite-instance.js';
import { buildIfStale, npmStart, type RunningBot, STACK_FRAME } from './npm-start.js';

const dirs: string[] = [];
const claims: SqliteClaim[] = [];
afterEach(() => {
  for (const claim of claims.splice(0)) claim.release();
});
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function migratedFile(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cyi-claim-'));
  dirs.push(dir);
  const file = path.join(dir, 'interview.sqlite');
  const knex = openDatabase({ client: 'sqlite', filename: file });
  await migrateLatest(knex);
  await knex.destroy();
  return file;
}

describe('claiming the SQLite file', () => {
  it('refuses a second claim while the first is alive, and allows one at once after a release', async () => {
    const file = await migratedFile();
    const first = await claimSqliteFile(file, { leaseMs: 600 });
    claims.push(first);
    let waited = false;
    const refused = await claimSqliteFile(file, { leaseMs: 600, onWait: () => (waited = true) }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(SqliteInUseError);
    expect(waited).toBe(true);
    first.release();
    let waitedAgain = false;
    claims.push(await claimSqliteFile(file, { leaseMs: 600, onWait: () => (waitedAgain = true) }));
    expect(waitedAgain).toBe(false);
  });

  it('takes over the claim of a bot that died without releasing it, once its lease lapses', async () => {
    const file = await migratedFile();
    const knex = openDatabase({ client: 'sqlite', filename: file });
    await knex('session_locks').insert({
      lock_key: CLAIM_KEY,
      owner: 'killed',
      expires_at: Date.now() + 400,
    });
    let waited = false;
    const startedAt = Date.now();
    claims.push(await claimSqliteFile(file, { leaseMs: 600, onWait: () => (waited = true) }));
    expect(waited).toBe(true);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(300);
    const [row] = await knex('session_locks').where({ lock_key: CLAIM_KEY });
    expect(row.owner).not.toBe('killed');
    await knex.destroy();
  });
});

describe('two npm start on one SQLite file', () => {
  const running: RunningBot[] = [];
  afterAll(() => {
    for (const bot of running) bot.child.kill('SIGKILL');
  });
  const start = (dataDir: string, env: Record<string, string> = {}) => {
    const bot = npmStart({ DATA_DIR: dataDir, ...env });
    running.push(bot);
    return bot;
  };

  it('refuses the second with a clear message, and a restart after a clean stop does not wait', async () => {
    buildIfStale();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cyi-two-'));
    dirs.push(dataDir);
    const first = start(dataDir);
    await first.waitFor(/interview bot started/);

    const second = start(dataDir, { LANG: 'ko_KR.UTF-8' });
    const { code } = await second.exited;
    expect(code).toBe(2);
    expect(second.output()).toContain('이미 다른 봇이 실행 중입니다');
    expect(second.output()).not.toMatch(STACK_FRAME);
    expect(first.child.exitCode).toBeNull();

    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const third = start(dataDir);
    await third.waitFor(/interview bot started/);
    expect(third.output()).not.toMatch(/checking for a few seconds/);
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  }, 180_000);
});
