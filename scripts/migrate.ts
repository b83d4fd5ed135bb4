// `npm run migrate` (apply pending migrations) and `npm run migrate:rollback [-- --all]` (undo).
import { loadConfig } from '../src/config/load-config.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateLatest, rollbackAll, rollbackLast } from '../src/db/migrate.js';

const action = process.argv[2] ?? 'latest';
const config = loadConfig(process.env);
const knex = openDatabase(config.database);
try {
  if (action === 'latest') {
    const applied = await migrateLatest(knex);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
  } else if (action === 'rollback') {
    const undone = process.argv.includes('--all') ? await rollbackAll(knex) : await rollbackLast(knex);
    console.log(undone.length ? `rolled back: ${undone.join(', ')}` : 'nothing to roll back');
  } else {
    console.error(`unknown action ${action}; use latest or rollback`);
    process.exitCode = 2;
  }
} finally {
  await knex.destroy();
}
