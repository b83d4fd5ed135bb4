// A MariaDB/MySQL database migrated once per test run (in test/global-setup.ts) and copied per suite:
// InnoDB DDL is slow (the migrations take ~2 s there against ~0.6 s for a copy), and store suites
// each want a fresh, migrated database. The copy keeps foreign keys (`create table … like` would not).
import type { Knex } from 'knex';

/** Every table of `template` recreated in `target` (which must exist and be empty), rows included. */
export async function copyMysqlDatabase(admin: Knex, template: string, target: string): Promise<void> {
  // One connection throughout: foreign_key_checks is per session, and the tables come in any order.
  await admin.transaction(async (trx) => {
    const [tables] = (await trx.raw(
      'select table_name as name from information_schema.tables where table_schema = ? order by table_name',
      [template],
    )) as [{ name: string }[]];
    await trx.raw('set foreign_key_checks = 0');
    try {
      for (const { name } of tables) {
        const [[row]] = (await trx.raw(`show create table \`${template}\`.\`${name}\``)) as [
          Record<string, string>[],
        ];
        // References to the template's own tables are unqualified in SHOW CREATE TABLE, so they land in target.
        const ddl = row?.['Create Table'];
        if (!ddl) throw new Error(`no definition for ${template}.${name}`);
        await trx.raw(`use \`${target}\``);
        await trx.raw(ddl);
        await trx.raw(`insert into \`${target}\`.\`${name}\` select * from \`${template}\`.\`${name}\``);
      }
    } finally {
      await trx.raw('set foreign_key_checks = 1');
    }
  });
}
