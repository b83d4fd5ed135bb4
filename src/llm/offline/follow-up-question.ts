// How the interviewer words a follow-up about one missing key point, without ever reading the point out.
import type { Language } from '../../domain/types.js';
import { type MessageKey, t } from '../../i18n/index.js';
import type { EvaluationInput } from '../types.js';

/** The offline CV criteria (src/llm/offline/cv) and the follow-up each one gets. */
const CV_CRITERIA: readonly [criterion: MessageKey, followUp: MessageKey][] = [
  ['offline.cv.c.metric', 'followup.cv.metric'],
  ['offline.cv.c.tech', 'followup.cv.tech'],
  ['offline.cv.c.project', 'followup.cv.project'],
  ['offline.cv.c.generic', 'followup.cv.generic'],
  ['offline.cv.c.outcome', 'followup.cv.outcome'],
  ['offline.cv.c.position.ai', 'followup.cv.position.ai'],
  ['offline.cv.c.position.be', 'followup.cv.position.be'],
  ['offline.cv.c.position.fe', 'followup.cv.position.fe'],
  ['offline.cv.c.position.mobile', 'followup.cv.position.mobile'],
];

const SLOT = '\u0000';

/** The follow-up for one of the offline generator's own CV criteria, or undefined for any other text. */
function cvCriterionFollowUp(point: string, language: Language): string | undefined {
  for (const [criterion, followUp] of CV_CRITERIA) {
    const [before = '', after] = t(language, criterion, { tech: SLOT }).split(SLOT);
    if (after === undefined) {
      if (point === before) return t(language, followUp);
    } else if (
      point.startsWith(before) &&
      point.endsWith(after) &&
      point.length > before.length + after.length
    ) {
      return t(language, followUp, { tech: point.slice(before.length, point.length - after.length) });
    }
  }
  return undefined;
}

/**
 * Words of a point that read as named things an interviewer can ask about on their own: acronyms
 * (TLS, HATEOAS), mixed case or code-like words (useEffect, p99, HTTP/2), and capitalised names
 * inside the sentence (Redis). Ordinary words are never picked, so the question cannot echo the point.
 */
export function namedTerms(point: string, exclude: string): string[] {
  const excluded = exclude.toLowerCase();
  const words = point.match(/[A-Za-z][A-Za-z0-9+#./-]*[A-Za-z0-9+#]|[A-Z]/g) ?? [];
  const terms: string[] = [];
  words.forEach((word, index) => {
    const acronym = /^[A-Z0-9+#./-]{2,}$/.test(word) && /[A-Z]/.test(word);
    const codeLike = /[a-z][A-Z]|\d|[./]/.test(word);
    const name = index > 0 && /^[A-Z][a-z]/.test(word);
    if (!(acronym || codeLike || name) || word.length < 2) return;
    if (excluded.includes(word.toLowerCase()) || terms.includes(word)) return;
    terms.push(word);
  });
  return terms;
}

/** A question about the point's named terms when it has some, else an open question about the gap. */
function templateFollowUp(point: string, input: EvaluationInput): string {
  const [first, second] = namedTerms(point, `${input.question}\n${input.answer}`);
  if (first && second) return t(input.language, 'followup.term.two', { first, second });
  if (first) return t(input.language, 'followup.term.one', { term: first });
  return t(input.language, 'followup.general');
}

/**
 * The question to ask about a missing `point`: the question's own follow-up for it when it has one
 * (aligned with `input.keyPoints`), the follow-up of an offline CV criterion, else a template that
 * names at most a technical term of the point and never its wording.
 */
export function followUpQuestionFor(input: EvaluationInput, point: string): string {
  const index = input.keyPoints.indexOf(point);
  const written = index >= 0 ? input.followUpQuestions?.[index]?.trim() : undefined;
  if (written) return written;
  return cvCriterionFollowUp(point, input.language) ?? templateFollowUp(point, input);
}
