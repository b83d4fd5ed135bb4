// What a member should study after an interview, decided once for the short report's text and the
// report card's picture, so the two always name the same three things in the same order.
import type { ReportData, ReportItem } from '../engine/report.js';
import { t } from '../i18n/index.js';
import { subjectName } from '../i18n/names.js';
import type { Language } from './types.js';
import { STRONG_SCORE } from './score-bands.js';

/** How many things the report asks the member to study next. */
export const STUDY_COUNT = 3;

/** The most important gap in one answer: a wrong claim first, then a missing point, then a partial one. */
export interface Gap {
  kind: 'wrong' | 'missing' | 'partial';
  text: string;
}

/** One thing to study: the question it comes from, what it is about, and its most important gap. */
export interface StudyItem {
  number: number;
  subject: string;
  score: number;
  skipped: boolean;
  /** A question about the member's CV: there is no model answer to study, only their own story. */
  personal: boolean;
  gap?: Gap | undefined;
}

/** What a question is about, as the member reads it: its topic or competency, or "CV question 4". */
export function itemSubject(lang: Language, item: ReportItem): string {
  const slug = item.competency ?? item.topic;
  if (slug) return subjectName(lang, slug);
  return t(lang, 'report.subject_cv', { n: item.number });
}

/** The gap to work on first in `item`, if the evaluation found one. */
export function mainGap(item: ReportItem): Gap | undefined {
  const wrong = item.wrong[0];
  if (wrong) return { kind: 'wrong', text: wrong.claim };
  if (item.missing[0]) return { kind: 'missing', text: item.missing[0] };
  if (item.partial[0]) return { kind: 'partial', text: item.partial[0] };
  return undefined;
}

/**
 * Up to three questions to study, weakest first: answered or skipped, scored below "strong", one
 * per subject (two weak answers on one topic are one thing to study).
 */
export function studyNext(report: Pick<ReportData, 'language' | 'items'>): StudyItem[] {
  const seen = new Set<string>();
  const chosen: StudyItem[] = [];
  const candidates = report.items
    .filter((item) => item.status !== 'unanswered' && item.score !== null && item.score < STRONG_SCORE)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.number - b.number);
  for (const item of candidates) {
    const subject = itemSubject(report.language, item);
    if (seen.has(subject)) continue;
    seen.add(subject);
    chosen.push({
      number: item.number,
      subject,
      score: item.score ?? 0,
      skipped: item.status === 'skipped',
      personal: item.kind === 'personal',
      gap: mainGap(item),
    });
    if (chosen.length === STUDY_COUNT) break;
  }
  return chosen;
}
