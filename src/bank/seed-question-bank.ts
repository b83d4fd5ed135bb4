// Load the shared question bank from seeds/questions/*.csv into the database. It runs when the files
// changed since the last load (a hash is kept in app_meta), so start-up stays fast.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createQuestionBankStore } from '../stores/question-bank-store.js';
import { loadSeedBank, SEED_QUESTIONS_DIR } from './load-seed-bank.js';

export interface SeedResult {
  loaded: boolean;
  technical: number;
  behavioural: number;
  rubrics: number;
  added: number;
  rejected: number;
}

/** Hash of every CSV in the bank folder, so a changed file triggers a reload. */
async function bankHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.csv')).sort()) {
    hash.update(name).update(await readFile(join(dir, name)));
  }
  return hash.digest('hex');
}

/** Load the bank if it changed (or always, with `force`). Invalid rows are skipped and counted. */
export async function seedQuestionBank(
  knex: Knex,
  options: { dir?: string; force?: boolean; now?: number } = {},
): Promise<SeedResult> {
  const dir = options.dir ?? SEED_QUESTIONS_DIR;
  const hash = await bankHash(dir);
  const current = await knex('app_meta').where({ key: 'seed_bank_hash' }).first();
  if (!options.force && current?.value === hash) {
    return { loaded: false, technical: 0, behavioural: 0, rubrics: 0, added: 0, rejected: 0 };
  }
  const bank = await loadSeedBank(dir);
  const store = createQuestionBankStore(knex);
  const now = options.now ?? Date.now();
  const added = await store.upsert([...bank.technical, ...bank.behavioural], '', 'seed', now);
  await store.upsertRubrics(bank.rubrics);
  await knex('app_meta').insert({ key: 'seed_bank_hash', value: hash }).onConflict('key').merge();
  return {
    loaded: true,
    technical: bank.technical.length,
    behavioural: bank.behavioural.length,
    rubrics: bank.rubrics.length,
    added,
    rejected: bank.errors.length,
  };
}
