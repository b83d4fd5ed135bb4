// Insert a row and get its generated id on every dialect (MySQL has no RETURNING).
import type { Knex } from 'knex';
import { dialectOf } from './connection.js';

/** Insert `row` into `table` (or within `trx`) and return the new auto-increment id. */
export async function insertReturningId(
  knex: Knex | Knex.Transaction,
  table: string,
  row: object,
): Promise<number> {
  if (dialectOf(knex as Knex) === 'mysql') {
    const [id] = await knex(table).insert(row);
    return Number(id);
  }
  const [inserted] = await knex(table).insert(row).returning('id');
  return Number(typeof inserted === 'object' ? (inserted as { id: number }).id : inserted);
}
