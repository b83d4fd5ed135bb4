// Loads the shared question bank from seeds/questions: every technical-*.csv, behavioural.csv, competencies.csv.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BehaviouralQuestion, CompetencyRubric, TechnicalQuestion } from '../domain/types.js';
import type { BankIssue, Located } from './issues.js';
import { parseBehaviouralCsv } from './parse-behavioural.js';
import { parseCompetenciesCsv } from './parse-competencies.js';
import { parseTechnicalLocated } from './parse-technical.js';
import { checkAcrossRows } from './validate.js';

/** The folder the shared bank lives in. */
export const SEED_QUESTIONS_DIR = fileURLToPath(new URL('../../seeds/questions/', import.meta.url));

/** The shared bank as loaded: valid rows only, and every issue found on the way. */
export interface SeedBank {
  technical: TechnicalQuestion[];
  behavioural: BehaviouralQuestion[];
  rubrics: CompetencyRubric[];
  errors: BankIssue[];
}

/** The technical files in `dir`, sorted so loading order (and so which duplicate wins) is stable. */
export async function listTechnicalFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => /^technical-[a-z0-9-]+\.csv$/.test(name)).sort();
}

/**
 * Read and check the whole bank. Ids must be unique per language across all technical files, not
 * only within one; rows that fail are left out and reported, so a caller decides whether any error
 * is fatal (the seed test says it is).
 */
export async function loadSeedBank(dir: string = SEED_QUESTIONS_DIR): Promise<SeedBank> {
  const errors: BankIssue[] = [];
  const located: Located<TechnicalQuestion>[] = [];
  for (const name of await listTechnicalFiles(dir)) {
    const parsed = parseTechnicalLocated(await readFile(join(dir, name), 'utf8'), {
      source: name,
      workspaceId: null,
    });
    located.push(...parsed.rows);
    errors.push(...parsed.errors);
  }
  const across = checkAcrossRows(located, ['position', 'topic', 'difficulty']);
  errors.push(...across.errors);

  const behavioural = parseBehaviouralCsv(await readFile(join(dir, 'behavioural.csv'), 'utf8'), {
    source: 'behavioural.csv',
    workspaceId: null,
  });
  const rubrics = parseCompetenciesCsv(await readFile(join(dir, 'competencies.csv'), 'utf8'), {
    source: 'competencies.csv',
  });
  errors.push(...behavioural.errors, ...rubrics.errors);
  return {
    technical: across.kept.map((entry) => entry.row),
    behavioural: behavioural.rows,
    rubrics: rubrics.rows,
    errors,
  };
}
