// Open the database the config names: a SQLite file by default, PostgreSQL or MySQL/MariaDB for scale.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import knexFactory, { type Knex } from 'knex';
// @ts-expect-error knex ships no types for its dialect modules
import knexBetterSqlite3 from 'knex/lib/dialects/better-sqlite3/index.js';
import pg from 'pg';
import type { DatabaseConfig } from '../config/load-config.js';
import { type PreparingConnection, reusePreparedStatements } from './statement-cache.js';

export type Dialect = 'sqlite' | 'pg' | 'mysql';

const require = createRequire(import.meta.url);

/**
 * The SQLite driver for this Node. better-sqlite3 12 (node::ObjectWrap) aborts the process on Node 24.19+
 * when a statement is garbage-collected outside a JS context ("Assertion failed: (env) != nullptr");
 * better-sqlite3 13 (Node-API, installed as better-sqlite3-node-api) fixes that but segfaults on Node 20.
 * So each Node gets the one that works on it; both are the same library and API.
 */
export function sqliteDriverName(nodeVersion = process.versions.node): string {
  return Number(nodeVersion.split('.')[0]) >= 22 ? 'better-sqlite3-node-api' : 'better-sqlite3';
}

/** Knex's better-sqlite3 client, loading the driver that suits this Node. */
class BetterSqliteClient extends (knexBetterSqlite3 as unknown as new (config: Knex.Config) => object) {
  _driver() {
    return require(sqliteDriverName());
  }
}

// BIGINT columns hold epoch milliseconds, which fit in a double; read them as numbers, not strings.
pg.types.setTypeParser(20, (value) => Number(value));

/** Create a Knex instance for `database`. SQLite gets WAL, foreign keys and a busy timeout. */
export function openDatabase(database: DatabaseConfig): Knex {
  if (database.client === 'sqlite') {
    if (database.filename !== ':memory:') fs.mkdirSync(path.dirname(database.filename), { recursive: true });
    return knexFactory({
      client: BetterSqliteClient as unknown as typeof knexFactory.Client,
      connection: { filename: database.filename },
      useNullAsDefault: true,
      pool: {
        min: 1,
        max: 1,
        afterCreate(
          connection: PreparingConnection & { pragma(sql: string): unknown },
          done: (error: Error | null) => void,
        ) {
          reusePreparedStatements(connection);
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
  const client = knex.client.config.client;
  if (client === BetterSqliteClient || String(client).includes('sqlite')) return 'sqlite';
  if (client === 'pg' || String(client).includes('postgres')) return 'pg';
  return 'mysql';
}
