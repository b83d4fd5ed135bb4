// Parses the behavioural question CSV (`id,competency,language,question,example_answer,key_points`).
import type { BehaviouralQuestion } from '../domain/types.js';
import type { Located, ParseResult } from './issues.js';
import { type ParseOptions, parseQuestionRows, readCheckedKeyPoints } from './parse-question-rows.js';
import { type IssueSink, readFollowUps, readId, readLanguage } from './row-fields.js';
import { COMPETENCIES, resolveCompetency } from './taxonomy.js';

/** Columns of the behavioural file, in the order they are written. */
export const BEHAVIOURAL_COLUMNS = [
  'id',
  'competency',
  'language',
  'question',
  'example_answer',
  'key_points',
  'follow_ups',
] as const;

/** Columns every behavioural import needs; id, language and key points default as for technical rows. */
export const BEHAVIOURAL_REQUIRED = ['competency', 'question', 'example_answer'] as const;

function readRow(
  cells: Record<string, string>,
  sink: IssueSink,
  options: ParseOptions,
): BehaviouralQuestion | undefined {
  const competency = resolveCompetency(cells.competency!);
  if (!competency) {
    sink.add('bank.unknown_competency', { value: cells.competency!, allowed: COMPETENCIES.join(', ') });
  }
  const question = cells.question!;
  const exampleAnswer = cells.example_answer!;
  const language = readLanguage(cells.language, question, sink);
  const id = readId(cells.id, `beh-${competency ?? 'x'}`, question, sink);
  if (!competency || !language) return undefined;
  const keyPoints = readCheckedKeyPoints(cells.key_points, { language, question, exampleAnswer }, sink);
  if (!keyPoints) return undefined;
  const followUps = readFollowUps(cells.follow_ups, keyPoints, sink);
  if (sink.issues.length > 0) return undefined;
  return {
    id,
    kind: 'behavioural',
    competency,
    language,
    question,
    exampleAnswer,
    keyPoints,
    ...(followUps ? { followUps } : {}),
    workspaceId: options.workspaceId,
  };
}

/** Parse and check the behavioural CSV, keeping each row's place. */
export function parseBehaviouralLocated(
  text: string,
  options: ParseOptions,
): ParseResult<Located<BehaviouralQuestion>> {
  return parseQuestionRows(text, options, {
    required: BEHAVIOURAL_REQUIRED,
    translationFields: ['competency'],
    readRow,
  });
}

/** Parse behavioural questions from CSV text; rows with problems are left out and reported by line. */
export function parseBehaviouralCsv(text: string, options: ParseOptions): ParseResult<BehaviouralQuestion> {
  const { rows, errors } = parseBehaviouralLocated(text, options);
  return { rows: rows.map((located) => located.row), errors };
}
