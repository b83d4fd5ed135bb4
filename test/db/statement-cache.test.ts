// SQLite statements are prepared once per distinct SQL and reused, with results unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { loadConfig } from '../../src/config/load-config.js';
import { openDatabase } from '../../src/db/connection.js';
import { reusePreparedStatements } from '../../src/db/statement-cache.js';

let knex: Knex | undefined;
afterEach(async () => {
  await knex?.destroy();
  knex = undefined;
});

describe('prepared statement reuse', () => {
  it('prepares a repeated query once and still answers with the current rows', async () => {
    knex = openDatabase(loadConfig({ DATABASE_URL: 'sqlite::memory:', CONSOLE: 'off' }).database);
    await knex.schema.createTable('items', (table) => {
      table.integer('id').primary();
      table.string('name');
    });
    for (let id = 1; id <= 3; id += 1) await knex('items').insert({ id, name: `item ${id}` });
    const names: string[] = [];
    for (let id = 1; id <= 3; id += 1) {
      const row = await knex('items').where({ id }).first('name');
      names.push(row.name);
    }
    // The reused statement still reads the rows as they are now, with each call's own bindings.
    expect(names).toEqual(['item 1', 'item 2', 'item 3']);
    await knex('items').where({ id: 2 }).update({ name: 'renamed' });
    expect((await knex('items').where({ id: 2 }).first('name')).name).toBe('renamed');
    // Knex's own connection hands back the very statement it prepared before.
    const connection = (await knex.client.acquireConnection()) as { prepare(sql: string): unknown };
    try {
      expect(connection.prepare('select name from items')).toBe(connection.prepare('select name from items'));
    } finally {
      await knex.client.releaseConnection(connection);
    }
  });

  it('calls the driver once per distinct SQL and forgets the oldest beyond its size', () => {
    const calls: string[] = [];
    const connection = {
      prepare: (sql: string) => {
        calls.push(sql);
        return { sql };
      },
    };
    reusePreparedStatements(connection, 2);
    const first = connection.prepare('select 1');
    expect(connection.prepare('select 1')).toBe(first);
    connection.prepare('select 2');
    connection.prepare('select 3');
    connection.prepare('select 1');
    expect(calls).toEqual(['select 1', 'select 2', 'select 3', 'select 1']);
  });
});
