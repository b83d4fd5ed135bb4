// `npm run seed`: (re)load the shared question bank from seeds/questions/*.csv into the database.
import { seedQuestionBank } from '../src/bank/seed-question-bank.js';
import { loadConfig } from '../src/config/load-config.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateLatest } from '../src/db/migrate.js';

const config = loadConfig(process.env);
const knex = openDatabase(config.database);
try {
  await migrateLatest(knex);
  const result = await seedQuestionBank(knex, { force: true });
  console.log(
    `question bank loaded: ${result.technical} technical, ${result.behavioural} behavioural, ` +
      `${result.rubrics} rubrics (${result.added} new, ${result.rejected} rows rejected)`,
  );
} finally {
  await knex.destroy();
}
