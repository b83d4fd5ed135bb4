// The shared bank as shipped: every seed file parses cleanly and meets the issue's coverage targets.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/bank/issues.js';
import {
  listTechnicalFiles,
  loadSeedBank,
  SEED_QUESTIONS_DIR,
  type SeedBank,
} from '../../src/bank/load-seed-bank.js';
import { findNearDuplicates } from '../../src/bank/similarity.js';
import { COMPETENCIES } from '../../src/bank/taxonomy.js';
import { LANGUAGES, POSITIONS } from '../../src/domain/types.js';
import { isReviewedDistinct } from './reviewed-distinct.js';

/** Targets from the question bank issue. A question is an id; its Korean version shares the id. */
const TARGETS = {
  technicalPerPosition: 150,
  koreanTechnicalPerPosition: 40,
  behavioural: 40,
  competenciesCovered: 6,
} as const;

let bank: SeedBank;
beforeAll(async () => {
  bank = await loadSeedBank();
});

const distinctIds = (rows: readonly { id: string }[]) => new Set(rows.map((row) => row.id)).size;

describe('seed question bank', () => {
  it('parses every seed file without a single validation error', () => {
    expect(bank.errors.map((issue) => describeIssue('en', issue))).toEqual([]);
  });

  it('has a technical file for every position', async () => {
    const files = await listTechnicalFiles(SEED_QUESTIONS_DIR);
    expect(files).toEqual(expect.arrayContaining(POSITIONS.map((position) => `technical-${position}.csv`)));
  });

  it.each(POSITIONS)('has at least 150 technical questions for %s', (position) => {
    const questions = bank.technical.filter((q) => q.position === position);
    expect(distinctIds(questions)).toBeGreaterThanOrEqual(TARGETS.technicalPerPosition);
  });

  it.each(POSITIONS)('has at least 40 Korean technical questions for %s', (position) => {
    const korean = bank.technical.filter((q) => q.position === position && q.language === 'ko');
    expect(korean.length).toBeGreaterThanOrEqual(TARGETS.koreanTechnicalPerPosition);
  });

  it('files every technical question under an id that starts with its position', () => {
    const misfiled = bank.technical.filter((q) => !q.id.startsWith(`${q.position}-`)).map((q) => q.id);
    expect(misfiled).toEqual([]);
  });

  it('has at least 40 behavioural questions spread over at least 6 competencies', () => {
    expect(distinctIds(bank.behavioural)).toBeGreaterThanOrEqual(TARGETS.behavioural);
    const covered = new Set(bank.behavioural.map((q) => q.competency));
    expect(covered.size).toBeGreaterThanOrEqual(TARGETS.competenciesCovered);
  });

  it('asks every behavioural question in Korean as well as English', () => {
    const ids = (language: string) =>
      bank.behavioural
        .filter((q) => q.language === language)
        .map((q) => q.id)
        .sort();
    expect(ids('en').length).toBeGreaterThan(0);
    expect(ids('ko')).toEqual(ids('en'));
  });

  it('has a rubric for every competency in both languages', () => {
    const present = bank.rubrics.map((rubric) => `${rubric.competency}/${rubric.language}`).sort();
    const expected = COMPETENCIES.flatMap((competency) =>
      LANGUAGES.map((language) => `${competency}/${language}`),
    );
    expect(present).toEqual(expected.sort());
  });

  it('has a rubric for every competency a behavioural question uses', () => {
    const rubricCompetencies = new Set(bank.rubrics.map((rubric) => rubric.competency));
    const missing = bank.behavioural.filter((q) => !rubricCompetencies.has(q.competency)).map((q) => q.id);
    expect(missing).toEqual([]);
  });

  it('has no near-duplicate questions within a position and language, beyond reviewed pairs', () => {
    const duplicates = findNearDuplicates([
      ...bank.technical.map((q) => ({
        id: q.id,
        language: q.language,
        question: q.question,
        group: q.position,
      })),
      ...bank.behavioural.map((q) => ({
        id: q.id,
        language: q.language,
        question: q.question,
        group: 'behavioural',
      })),
    ]).filter(({ a, b }) => !isReviewedDistinct(a.id, b.id));
    expect(
      duplicates.map(({ a, b, similarity }) => `${a.language} ${a.id} ~ ${b.id} (${similarity.toFixed(2)})`),
    ).toEqual([]);
  });
});
