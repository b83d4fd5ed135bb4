// `npm run backup [-- FILE]`: back up the bot's database while it runs. SQLite: an online copy to FILE,
// or to DATA_DIR/backups/interview-<time>.sqlite. PostgreSQL/MariaDB: prints the dump command (exit 3).
// In the runtime image (dist/ only): `node dist/scripts/backup.js [FILE]`.
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config/load-config.js';
import type { Language } from '../src/domain/types.js';
import { languageFromLocale, t } from '../src/i18n/index.js';
import { BackupError, backupSqlite, defaultBackupTarget, dumpCommand } from '../src/ops/backup.js';

/** Exit code when no copy was made because a dump tool does the job (scripts can tell it from a failure). */
const USE_DUMP_TOOL = 3;

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const language: Language =
    languageFromLocale(process.env.LC_ALL || process.env.LANG) ?? config.env.DEFAULT_LANGUAGE;
  const database = config.database;
  const at = new Date();
  if (database.client !== 'sqlite') {
    const tool = database.client === 'pg' ? 'pg_dump' : 'mariadb-dump';
    process.stdout.write(
      `${t(language, 'ops.backup_use_tool', { tool })}\n\n  ${dumpCommand(database, at)}\n`,
    );
    return USE_DUMP_TOOL;
  }
  if (database.filename === ':memory:') {
    process.stderr.write(`${t(language, 'ops.backup_memory')}\n`);
    return 1;
  }
  const given = process.argv[2];
  const target = given ? path.resolve(given) : defaultBackupTarget(config.env.DATA_DIR, at);
  try {
    const done = await backupSqlite(database.filename, target);
    const size = (done.bytes / 1024 / 1024).toFixed(1);
    process.stdout.write(
      `${t(language, 'ops.backup_done', { source: database.filename, file: done.file, size })}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    const key =
      error.code === 'no_database'
        ? 'ops.backup_no_database'
        : error.code === 'target_exists'
          ? 'ops.backup_exists'
          : 'ops.backup_corrupt';
    process.stderr.write(`${t(language, key, { file: error.file })}\n`);
    return 1;
  }
}

process.exitCode = await main();
