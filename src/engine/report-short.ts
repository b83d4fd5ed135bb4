// The report a member receives: one screen with the overall score and its meaning, one line per
// question (subject, score, the most important gap), three things to study next, and a way to the
// full report (a button, or the command to type where there are no buttons).
import { excerpt } from '../domain/excerpt.js';
import { STRONG_SCORE } from '../domain/score-bands.js';
import { type Gap, itemSubject, mainGap, type StudyItem, studyNext } from '../domain/study-next.js';
import type { Language } from '../domain/types.js';
import { type MessageKey, t } from '../i18n/index.js';
import { positionName } from '../i18n/names.js';
import type { Button, OutboundMessage } from '../platform/types.js';
import { evaluatorFooter, overallText, scoreText } from './report-parts.js';
import type { ReportData, ReportItem } from './report.js';

/** A gap is quoted up to this many characters on the question's line, so the line stays one line. */
const GAP_CHARS = 90;

/** Which report this is, so the full report can be asked for. */
export interface ReportRef {
  sessionId: number;
  /** Its number in `/interview history` (1 = the latest). */
  number: number;
}

function gapText(lang: Language, gap: Gap): string {
  return t(lang, `report.gap.${gap.kind}` as MessageKey, { text: excerpt(gap.text, GAP_CHARS) });
}

function questionLine(lang: Language, item: ReportItem): string {
  const gap = item.status === 'answered' ? mainGap(item) : undefined;
  const base = { n: item.number, subject: itemSubject(lang, item), score: scoreText(lang, item) };
  return gap
    ? t(lang, 'report.line_gap', { ...base, gap: gapText(lang, gap) })
    : t(lang, 'report.line', base);
}

function studyLine(lang: Language, study: StudyItem, index: number): string {
  const text = study.skipped
    ? t(lang, study.personal ? 'report.study_skipped_cv' : 'report.study_skipped', { subject: study.subject })
    : study.gap
      ? t(lang, 'report.study_gap', { subject: study.subject, gap: gapText(lang, study.gap) })
      : t(lang, 'report.study_compare', { subject: study.subject, score: study.score });
  return `${index + 1}. ${text}`;
}

/** The command that shows report `number` in full, for platforms without buttons. */
export function fullReportCommand(number: number): string {
  return `/interview report ${number} full`;
}

/** The button (or typed command) that opens the full report. */
export function fullReportButton(lang: Language, ref: ReportRef): Button {
  return {
    action: 'full-report',
    label: t(lang, 'report.full_button'),
    value: String(ref.sessionId),
    typed: fullReportCommand(ref.number),
  };
}

/** The short report: one message that fits one screen. */
export function renderShortReport(report: ReportData, ref: ReportRef): OutboundMessage {
  const lang = report.language;
  const lines = report.items
    .filter((item) => item.status !== 'unanswered')
    .map((item) => questionLine(lang, item));
  const study = studyNext(report);
  return {
    tone: 'success',
    title: t(lang, 'report.title', { position: positionName(lang, report.position) }),
    text: [overallText(report), lines.join('\n')].join('\n\n'),
    fields: [
      {
        name: t(lang, 'report.study_next'),
        value: study.length
          ? study.map((item, index) => studyLine(lang, item, index)).join('\n')
          : t(lang, 'report.study_none', { strong: STRONG_SCORE }),
      },
    ],
    footer: evaluatorFooter(report),
    buttons: [fullReportButton(lang, ref)],
  };
}
