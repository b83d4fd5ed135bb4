// Open the database the config names: a SQLite file by default, PostgreSQL or MySQL/MariaDB for scale.
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { DatabaseConfig } from '../config/load-config.js';

export type Dialect = 'sqlite' | 'pg' | 'mysql';

// BIGINT columns hold epoch milliseconds, which fit in a double; read them as numbers, not strings.
pg.types.setTypeParser(20, (value) => Number(value));

/** Create a Knex instance for `database`. SQLite gets WAL, foreign keys and a busy timeout. */
export function openDatabase(database: DatabaseConfig): Knex {
  if (database.client === 'sqlite') {
    if (database.filename !== ':memory:') fs.mkdirSync(path.dirname(database.filename), { recursive: true });
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: database.filename },
      useNullAsDefault: true,
      pool: {
        min: 1,
        max: 1,
        afterCreate(connection: { pragma(sql: string): unknown }, done: (error: Error | null) => void) {
          connection.pragma('journal_mode = WAL');
          connection.pragma('foreign_keys = ON');
          connection.pragma('busy_timeout = 5000');
          connection.pragma('synchronous = NORMAL');
          done(null);
        },
      },
    });
  }
  if (database.client === 'pg') {
    return knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 10 } });
  }
  return knexFactory({
    client: 'mysql2',
    connection: {
      uri: database.url,
      charset: 'utf8mb4',
      supportBigNumbers: true,
      dateStrings: true,
    } as never,
    pool: { min: 0, max: 10 },
  });
}

/** Which SQL dialect a Knex instance speaks; stores use it for the few places dialects differ. */
export function dialectOf(knex: Knex): Dialect {
  const client = String(knex.client.config.client);
  if (client.includes('sqlite')) return 'sqlite';
  if (client === 'pg' || client.includes('postgres')) return 'pg';
  return 'mysql';
}
