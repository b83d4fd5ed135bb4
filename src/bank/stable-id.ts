// Ids for imported rows that carry none: derived from the content so re-importing adds no duplicates.
import { createHash } from 'node:crypto';
import { normaliseSpace } from './text.js';

/**
 * A stable id for a question without one: `<scope>-<10 hex chars of sha256(scope + question)>`.
 * The question is normalised first (whitespace, case, Unicode form), so re-saving a spreadsheet or
 * fixing spacing keeps the id, while any change of wording makes a new question.
 */
export function stableQuestionId(scope: string, question: string): string {
  const normalised = normaliseSpace(question).toLowerCase();
  const digest = createHash('sha256').update(`${scope}\n${normalised}`, 'utf8').digest('hex');
  return `${scope}-${digest.slice(0, 10)}`;
}
