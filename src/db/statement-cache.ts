// Prepared statements reused per SQLite connection: Knex's better-sqlite3 client prepares every query
// anew, and preparing (parsing and planning the SQL) was ~5–7% of the event loop under bench:load,
// although a bot runs the same few dozen statements over and over.
/** The part of a better-sqlite3 connection the cache wraps. */
export interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Distinct statements kept per connection (the bot uses well under this; ad-hoc SQL cycles out). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Make `connection.prepare` return the statement already prepared for the same SQL. Safe for Knex,
 * which only ever runs a statement to completion (`all`/`run`) and never iterates one; SQLite
 * re-prepares a statement itself when the schema changed under it.
 */
export function reusePreparedStatements(connection: PreparingConnection, size = STATEMENT_CACHE_SIZE): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
    }
    return statement;
  };
}
