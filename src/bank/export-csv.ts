// Writes bank rows back to the CSV format the parsers read, for `bank export` and for editing seeds.
import { stringify } from 'csv-stringify/sync';
import type { BehaviouralQuestion, CompetencyRubric, TechnicalQuestion } from '../domain/types.js';
import { BEHAVIOURAL_COLUMNS } from './parse-behavioural.js';
import { COMPETENCY_COLUMNS } from './parse-competencies.js';
import { TECHNICAL_COLUMNS } from './parse-technical.js';
import { joinKeyPoints } from './text.js';

function toCsv(columns: readonly string[], records: string[][]): string {
  return stringify([columns as string[], ...records], { record_delimiter: '\n' });
}

/** Technical questions as CSV in the bank's column order; parsing the result gives the same rows. */
export function exportTechnicalCsv(questions: readonly TechnicalQuestion[]): string {
  return toCsv(
    TECHNICAL_COLUMNS,
    questions.map((q) => [
      q.id,
      q.position,
      q.topic,
      String(q.difficulty),
      q.language,
      q.question,
      q.exampleAnswer,
      joinKeyPoints(q.keyPoints),
      joinKeyPoints(q.followUps ?? []),
    ]),
  );
}

/** Behavioural questions as CSV in the bank's column order. */
export function exportBehaviouralCsv(questions: readonly BehaviouralQuestion[]): string {
  return toCsv(
    BEHAVIOURAL_COLUMNS,
    questions.map((q) => [
      q.id,
      q.competency,
      q.language,
      q.question,
      q.exampleAnswer,
      joinKeyPoints(q.keyPoints),
      joinKeyPoints(q.followUps ?? []),
    ]),
  );
}

/** Competency rubrics as CSV in the bank's column order. */
export function exportCompetenciesCsv(rubrics: readonly CompetencyRubric[]): string {
  return toCsv(
    COMPETENCY_COLUMNS,
    rubrics.map((r) => [r.competency, r.language, r.name, r.weak, r.solid, r.strong]),
  );
}
