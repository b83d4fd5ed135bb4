// Finds the CV lines worth asking about (numbers, technologies, projects) as exact slices of the CV text.
import type { Position } from '../../../domain/types.js';
import { quoteAround, sentenceSpans } from '../text/sentences.js';
import { findTechnologies, type TechMention } from './tech-terms.js';

/** A candidate line: an exact [start, end) slice of the CV, with what makes it interesting. */
export interface CvLine {
  text: string;
  start: number;
  hasNumber: boolean;
  technologies: TechMention[];
  hasAction: boolean;
  score: number;
}

/** Longest quote a question carries; longer lines are split into sentences, then cut at a space. */
const MAX_QUOTE = 180;
const MIN_LINE = 12;

const ACTION =
  /\b(built|developed|designed|implemented|led|created|launched|optimi[sz]ed|reduced|improved|migrated|deployed|trained|architected|automated|maintained|wrote|shipped|scaled|introduced|founded|organi[sz]ed|won|published)\b|개발|구축|설계|구현|개선|주도|도입|운영|최적화|배포|학습|달성|수상|출시/i;
const METRIC = /%|\d+\s?(x|ms|s|k|m|명|배|건|초|만|천|users|requests|rps|qps)(?![a-z])/i;
const CONTACT = /@|https?:|www\.|\+?\d[\d\s().-]{8,}\d|\[(redacted|email|phone)[^\]]*\]/i;
const DATES =
  /\b(19|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,4}|\d{1,4}\s?(년|월|일)|\b\d{1,2}[./]\d{2,4}\b/gi;
const BULLET = /^[\s•·▪●○◦‣\-–—*>|]+/;

/**
 * Non-empty lines of the CV as trimmed spans, bullets removed, split into sentences. PDF text wraps
 * bullets across lines, so a line that opens with the lower-case tail of the previous sentence
 * ("month. Wrote a Terraform module…") loses that tail.
 */
function rawSpans(cvText: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (const line of cvText.split('\n')) {
    const lead = line.match(BULLET)?.[0].length ?? 0;
    const body = line.slice(lead).trimEnd();
    const start = offset + lead;
    const sentences = sentenceSpans(body);
    if (sentences.length > 1 && /^\p{Ll}/u.test(body.slice(sentences[0]!.start))) sentences.shift();
    for (const span of sentences) spans.push({ start: start + span.start, end: start + span.end });
    offset += line.length + 1;
  }
  return spans;
}

function sectionBonus(text: string, sections: Record<string, string>): number {
  for (const [name, body] of Object.entries(sections)) {
    if (!body.includes(text)) continue;
    if (/experience|project|work|경력|프로젝트|경험/i.test(name)) return 1;
    if (/skill|education|기술|학력|교육/i.test(name)) return -1;
  }
  return 0;
}

function scoreLine(line: Omit<CvLine, 'score'>, sections: Record<string, string>): number {
  const words = line.text.split(/\s+/).length;
  let score = 0;
  if (line.hasNumber) score += METRIC.test(line.text) ? 4 : 2;
  score +=
    Math.min(2, line.technologies.length) * 2 +
    Math.min(2, line.technologies.filter((tech) => tech.relevant).length);
  if (line.hasAction) score += 2;
  if (words >= 6 && words <= 40) score += 1;
  if (words < 4) score -= 2;
  // A bare list ("Java, Kotlin, Docker" or "iOS • Android • MySQL") names tools but tells no story.
  if ((line.text.match(/[,•·|]/g)?.length ?? 0) >= 3 && !line.hasAction) score -= 4;
  return score + sectionBonus(line.text, sections);
}

/**
 * Candidate lines of the CV, best first (ties keep CV order). `strict` drops short lines and lines that are
 * mostly not letters; the relaxed pass keeps anything with a few letters, for thin CVs.
 */
export function rankCvLines(
  cvText: string,
  sections: Record<string, string>,
  position: Position,
  strict: boolean,
): CvLine[] {
  const lines: CvLine[] = [];
  for (const span of rawSpans(cvText)) {
    const text = quoteAround(cvText, span, span.start, MAX_QUOTE);
    if (CONTACT.test(text)) continue;
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 3 || (strict && (text.length < MIN_LINE || letters / text.length < 0.5))) continue;
    const start = cvText.indexOf(text, span.start);
    const base = {
      text,
      start,
      // A number of its own ("120 ms", "3 clusters"): not a date, not a digit inside a name like "S3".
      hasNumber: /(?<![\p{L}\d])\d/u.test(text.replace(DATES, ' ')),
      technologies: findTechnologies(text, position),
      hasAction: ACTION.test(text),
    };
    lines.push({ ...base, score: scoreLine(base, sections) });
  }
  return lines.sort((a, b) => b.score - a.score || a.start - b.start);
}
