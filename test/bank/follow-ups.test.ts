// The bank's follow-up questions: one per key point, in the row's language, asked like an interviewer talks.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedBank } from '../../src/bank/load-seed-bank.js';
import { hasHangul, normaliseSpace } from '../../src/bank/text.js';
import type { BankQuestion } from '../../src/domain/types.js';

/** Longest run of words a follow-up may share with its key point before it reads as the rubric read aloud. */
const MAX_SHARED_RUN = 4;

let rows: BankQuestion[];
beforeAll(async () => {
  const bank = await loadSeedBank();
  rows = [...bank.technical, ...bank.behavioural];
});

const words = (text: string) =>
  normaliseSpace(text)
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');

/** The longest run of consecutive words that `a` and `b` share. */
function longestSharedRun(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let run = 0;
      while (x[i + run] !== undefined && x[i + run] === y[j + run]) run++;
      best = Math.max(best, run);
    }
  }
  return best;
}

/** Every (row, key point, follow-up) triple, labelled for failure messages; the first test checks none is absent. */
function pairs(): { label: string; row: BankQuestion; point: string; followUp: string }[] {
  return rows.flatMap((row) =>
    (row.followUps ? row.keyPoints : []).map((point, index) => ({
      label: `${row.id} ${row.language} #${index + 1}`,
      row,
      point,
      followUp: row.followUps?.[index] ?? '',
    })),
  );
}

describe('follow-up questions in the seed bank', () => {
  it('gives every key point of every row exactly one follow-up, in the same order', () => {
    const without = rows.filter((row) => row.followUps?.length !== row.keyPoints.length);
    expect(without.map((row) => `${row.id} ${row.language}`)).toEqual([]);
    expect(pairs().length).toBeGreaterThan(4000);
  });

  it('asks Korean rows in Korean and English rows in English', () => {
    const wrong = pairs().filter(({ row, followUp }) => hasHangul(followUp) !== (row.language === 'ko'));
    expect(wrong.map((pair) => `${pair.label}: ${pair.followUp}`)).toEqual([]);
  });

  it('phrases each one as a question', () => {
    const statements = pairs().filter(({ followUp }) => !/\?$/.test(followUp.trim()));
    expect(statements.map((pair) => `${pair.label}: ${pair.followUp}`)).toEqual([]);
  });

  it('never reads the key point out: no follow-up contains it or shares a long run of its words', () => {
    const quoting = pairs().filter(
      ({ point, followUp }) =>
        followUp.toLowerCase().includes(point.toLowerCase()) ||
        longestSharedRun(point, followUp) > MAX_SHARED_RUN,
    );
    expect(quoting.map((pair) => `${pair.label}: ${pair.point} → ${pair.followUp}`)).toEqual([]);
  });

  it('asks something different for each key point of a row', () => {
    const repeated = rows.filter((row) => new Set(row.followUps ?? []).size !== (row.followUps ?? []).length);
    expect(repeated.map((row) => `${row.id} ${row.language}`)).toEqual([]);
  });
});
