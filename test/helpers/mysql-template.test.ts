// The per-suite copy of the MariaDB template is the migrated schema itself: same tables, same
// definitions (foreign keys and their cascades included), and nothing left for the migrations to do.
import type { Knex } from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateLatest } from '../../src/db/migrate.js';
import { testDatabases } from './databases.js';

const mariadb = testDatabases().find((database) => database.name === 'mariadb');

async function definitions(knex: Knex): Promise<Map<string, string>> {
  const [tables] = (await knex.raw('show tables')) as [Record<string, string>[]];
  const out = new Map<string, string>();
  for (const row of tables) {
    const name = Object.values(row)[0] as string;
    const [[created]] = (await knex.raw(`show create table \`${name}\``)) as [Record<string, string>[]];
    out.set(name, String(created?.['Create Table']).replace(/ AUTO_INCREMENT=\d+/, ''));
  }
  return out;
}

describe.skipIf(!mariadb)('MariaDB template copy', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('matches a database migrated from scratch, foreign keys included, with no migration pending', async () => {
    const fresh = await mariadb!.create({ migrate: false });
    cleanups.push(fresh.destroy);
    await migrateLatest(fresh.knex);
    const copy = await mariadb!.create();
    cleanups.push(copy.destroy);
    const expected = await definitions(fresh.knex);
    expect(expected.size).toBeGreaterThan(10);
    expect(await definitions(copy.knex)).toEqual(expected);
    expect([...expected.values()].join('\n')).toMatch(/FOREIGN KEY/);
    expect(await migrateLatest(copy.knex)).toEqual([]);
  });
});
