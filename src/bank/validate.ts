// The bank's content rules: lengths, language, key points, ids, and the checks that span several rows.
import type { Language } from '../domain/types.js';
import type { BankIssue, Located } from './issues.js';
import { countChars, countWords, hasHangul } from './text.js';

/** Every bound a bank row is held to, in one place so the messages and the tests quote the same numbers. */
export const LIMITS = {
  question: { min: 15, max: 400 },
  /** English example answers, in words. */
  answerWords: { min: 60, max: 200 },
  /** Korean example answers, in characters (whitespace collapsed). */
  answerChars: { min: 120, max: 700 },
  keyPoints: { min: 3, max: 6 },
  keyPoint: { min: 3, max: 160 },
  /** Each weak/solid/strong rubric description, in characters. */
  rubricText: { min: 20, max: 600 },
} as const;

/** Lower-case letters, digits and hyphens, 3–64 long, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;

/** Where a row sits, so its issues can point at it. */
export interface RowPlace {
  source: string;
  line: number;
}

/** The text of one question as checked: shared by technical and behavioural rows. */
export interface QuestionContent {
  language: Language;
  question: string;
  exampleAnswer: string;
  keyPoints: readonly string[];
}

/** Check lengths, the declared language against the text, and the key points of one question. */
export function checkQuestionContent(content: QuestionContent, at: RowPlace): BankIssue[] {
  const issues: BankIssue[] = [];
  const push = (key: BankIssue['key'], params: BankIssue['params'] = {}) =>
    issues.push({ ...at, key, params });

  const questionLength = countChars(content.question);
  if (questionLength < LIMITS.question.min || questionLength > LIMITS.question.max) {
    push('bank.question_length', { length: questionLength, ...LIMITS.question });
  }
  if (content.language === 'ko' && !hasHangul(content.question)) push('bank.language_not_korean');
  if (content.language === 'en' && hasHangul(content.question)) push('bank.language_not_english');

  if (content.language === 'en') {
    const words = countWords(content.exampleAnswer);
    if (words < LIMITS.answerWords.min || words > LIMITS.answerWords.max) {
      push('bank.answer_words', { count: words, ...LIMITS.answerWords });
    }
  } else {
    const chars = countChars(content.exampleAnswer);
    if (chars < LIMITS.answerChars.min || chars > LIMITS.answerChars.max) {
      push('bank.answer_chars', { count: chars, ...LIMITS.answerChars });
    }
  }

  const count = content.keyPoints.length;
  if (count < LIMITS.keyPoints.min || count > LIMITS.keyPoints.max) {
    push('bank.key_point_count', { count, ...LIMITS.keyPoints });
  }
  content.keyPoints.forEach((point, index) => {
    const length = countChars(point);
    if (length < LIMITS.keyPoint.min || length > LIMITS.keyPoint.max) {
      push('bank.key_point_length', { index: index + 1, length, ...LIMITS.keyPoint });
    }
  });
  return issues;
}

/**
 * Keep the first row of each (id, language) pair and report the others: re-importing a file must
 * never add a second copy of a question.
 */
export function checkUnique<T extends { id: string; language: Language }>(
  rows: readonly Located<T>[],
): { kept: Located<T>[]; errors: BankIssue[] } {
  const first = new Map<string, Located<T>>();
  const kept: Located<T>[] = [];
  const errors: BankIssue[] = [];
  for (const located of rows) {
    const key = `${located.row.id}\u0000${located.row.language}`;
    const earlier = first.get(key);
    if (earlier) {
      errors.push({
        source: located.source,
        line: located.line,
        key: 'bank.duplicate_id',
        params: {
          id: located.row.id,
          language: located.row.language,
          firstSource: earlier.source,
          firstLine: earlier.line,
        },
      });
      continue;
    }
    first.set(key, located);
    kept.push(located);
  }
  return { kept, errors };
}

/**
 * A Korean row either translates the English row with the same id — and then must agree with it on
 * `fields` (position, topic, competency, ...) — or is a Korean-only question under an id of its own.
 */
export function checkTranslations<T extends { id: string; language: Language }>(
  rows: readonly Located<T>[],
  fields: readonly (keyof T & string)[],
): { kept: Located<T>[]; errors: BankIssue[] } {
  const english = new Map<string, T>();
  for (const { row } of rows) if (row.language === 'en') english.set(row.id, row);
  const kept: Located<T>[] = [];
  const errors: BankIssue[] = [];
  for (const located of rows) {
    const original = located.row.language === 'ko' ? english.get(located.row.id) : undefined;
    const field = original && fields.find((name) => original[name] !== located.row[name]);
    if (original && field) {
      errors.push({
        source: located.source,
        line: located.line,
        key: 'bank.translation_mismatch',
        params: {
          id: located.row.id,
          field,
          found: String(located.row[field]),
          expected: String(original[field]),
        },
      });
      continue;
    }
    kept.push(located);
  }
  return { kept, errors };
}

/** Run the checks across rows in order: duplicates first, then translation agreement. */
export function checkAcrossRows<T extends { id: string; language: Language }>(
  rows: readonly Located<T>[],
  fields: readonly (keyof T & string)[],
): { kept: Located<T>[]; errors: BankIssue[] } {
  const unique = checkUnique(rows);
  const translations = checkTranslations(unique.kept, fields);
  return { kept: translations.kept, errors: [...unique.errors, ...translations.errors] };
}
