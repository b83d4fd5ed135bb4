// Counts over the bank, laid out as plain-text tables for `npm run bank:stats` and for review.
import type { BehaviouralQuestion, TechnicalQuestion } from '../domain/types.js';
import { LANGUAGES, POSITIONS } from '../domain/types.js';
import { COMPETENCIES, TOPICS } from './taxonomy.js';

const DIFFICULTIES = [1, 2, 3] as const;

/** Count items by a composite key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function renderTable(header: string[], rows: (string | number)[][]): string[] {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  '),
  );
}

/**
 * Technical questions per position × topic, one column per difficulty × language (d1/en … d3/ko),
 * with a total per topic and a total line per position.
 */
export function technicalTable(questions: readonly TechnicalQuestion[]): string[] {
  const counts = countBy(questions, (q) => `${q.position}/${q.topic}/${q.difficulty}/${q.language}`);
  const columns = DIFFICULTIES.flatMap((d) => LANGUAGES.map((language) => ({ d, language })));
  const header = [
    'position/topic',
    ...columns.map(({ d, language }) => `d${d}/${language}`),
    'en',
    'ko',
    'total',
  ];
  const rows: (string | number)[][] = [];
  for (const position of POSITIONS) {
    const totals = new Array<number>(columns.length + 3).fill(0);
    for (const topic of TOPICS[position]) {
      const values = columns.map(
        ({ d, language }) => counts.get(`${position}/${topic}/${d}/${language}`) ?? 0,
      );
      const en = values.filter((_, i) => columns[i]!.language === 'en').reduce((a, b) => a + b, 0);
      const ko = values.filter((_, i) => columns[i]!.language === 'ko').reduce((a, b) => a + b, 0);
      const row = [...values, en, ko, en + ko];
      row.forEach((value, i) => {
        totals[i]! += value;
      });
      rows.push([`${position}/${topic}`, ...row]);
    }
    rows.push([`${position} total`, ...totals]);
  }
  return renderTable(header, rows);
}

/** Behavioural questions per competency × language. */
export function behaviouralTable(questions: readonly BehaviouralQuestion[]): string[] {
  const counts = countBy(questions, (q) => `${q.competency}/${q.language}`);
  const rows: (string | number)[][] = COMPETENCIES.map((competency) => {
    const values = LANGUAGES.map((language) => counts.get(`${competency}/${language}`) ?? 0);
    return [competency, ...values, values.reduce((a, b) => a + b, 0)];
  });
  const totals = LANGUAGES.map((language) => questions.filter((q) => q.language === language).length);
  rows.push(['total', ...totals, questions.length]);
  return renderTable(['competency', ...LANGUAGES, 'total'], rows);
}
