// Parses technical question CSVs: the bank's own format and the original app's export, into checked rows.
import type { TechnicalQuestion } from '../domain/types.js';
import { POSITIONS } from '../domain/types.js';
import type { Located, ParseResult } from './issues.js';
import { type ParseOptions, parseQuestionRows, readCheckedKeyPoints } from './parse-question-rows.js';
import { type IssueSink, readFollowUps, readDifficulty, readId, readLanguage } from './row-fields.js';
import { resolvePosition, resolveTopic, TOPICS } from './taxonomy.js';

export type { ParseOptions } from './parse-question-rows.js';

/** Columns of the bank's technical files, in the order they are written. */
export const TECHNICAL_COLUMNS = [
  'id',
  'position',
  'topic',
  'difficulty',
  'language',
  'question',
  'example_answer',
  'key_points',
  'follow_ups',
] as const;

/** Columns every technical import needs; the rest default (see readId, readDifficulty, readLanguage, readKeyPoints). */
export const TECHNICAL_REQUIRED = ['position', 'question', 'topic', 'example_answer'] as const;

/** Fields a Korean row must share with the English row of the same id. */
const TRANSLATION_FIELDS = ['position', 'topic', 'difficulty'] as const;

function readRow(
  cells: Record<string, string>,
  sink: IssueSink,
  options: ParseOptions,
): TechnicalQuestion | undefined {
  const position = resolvePosition(cells.position!);
  if (!position) {
    sink.add('bank.unknown_position', { value: cells.position!, allowed: POSITIONS.join(', ') });
    return undefined;
  }
  const topic = resolveTopic(position, cells.topic!);
  if (!topic)
    sink.add('bank.unknown_topic', { value: cells.topic!, position, allowed: TOPICS[position].join(', ') });
  const question = cells.question!;
  const exampleAnswer = cells.example_answer!;
  const difficulty = readDifficulty(cells.difficulty, sink);
  const language = readLanguage(cells.language, question, sink);
  const id = readId(cells.id, position, question, sink);
  if (!topic || !difficulty || !language) return undefined;
  const keyPoints = readCheckedKeyPoints(cells.key_points, { language, question, exampleAnswer }, sink);
  if (!keyPoints) return undefined;
  const followUps = readFollowUps(cells.follow_ups, keyPoints, sink);
  if (sink.issues.length > 0) return undefined;
  return {
    id,
    kind: 'technical',
    position,
    topic,
    difficulty,
    language,
    question,
    exampleAnswer,
    keyPoints,
    ...(followUps ? { followUps } : {}),
    workspaceId: options.workspaceId,
  };
}

/** Parse and check one technical CSV, keeping each row's place for checks across files. */
export function parseTechnicalLocated(
  text: string,
  options: ParseOptions,
): ParseResult<Located<TechnicalQuestion>> {
  return parseQuestionRows(text, options, {
    required: TECHNICAL_REQUIRED,
    translationFields: TRANSLATION_FIELDS,
    readRow,
  });
}

/**
 * Parse technical questions from CSV text. Accepts the bank's columns
 * (`id,position,topic,difficulty,language,question,example_answer,key_points`) and the original
 * app's (`position,question,topic,example_answer` plus any of the optional ones), in any order.
 * Rows with problems are left out and reported with their spreadsheet line.
 */
export function parseTechnicalCsv(text: string, options: ParseOptions): ParseResult<TechnicalQuestion> {
  const { rows, errors } = parseTechnicalLocated(text, options);
  return { rows: rows.map((located) => located.row), errors };
}
