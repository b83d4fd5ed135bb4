// Finds the CV lines worth asking about (numbers, technologies, projects), quoted from the CV's own
// bullets with the PDF's line wraps undone, so a quote never stops in the middle of a word.
import { sectionOfHeading } from '../../../cv/detect-sections.js';
import type { Position } from '../../../domain/types.js';
import { quoteAround, type Span, sentenceSpans } from '../text/sentences.js';
import { findTechnologies, type TechMention } from './tech-terms.js';

/** A candidate line: a sentence of one of the CV's bullets (wraps joined), with what makes it interesting. */
export interface CvLine {
  text: string;
  start: number;
  hasNumber: boolean;
  technologies: TechMention[];
  hasAction: boolean;
  score: number;
}

/** Longest quote a question carries; longer lines are split into sentences, then cut at a word boundary. */
const MAX_QUOTE = 180;
const MIN_LINE = 12;

const ACTION =
  /\b(built|developed|designed|implemented|led|created|launched|optimi[sz]ed|reduced|improved|migrated|deployed|trained|architected|automated|maintained|wrote|shipped|scaled|introduced|founded|organi[sz]ed|won|published)\b|개발|구축|설계|구현|개선|주도|도입|운영|최적화|배포|학습|달성|수상|출시/i;
const METRIC = /%|\d+\s?(x|ms|s|k|m|명|배|건|초|만|천|users|requests|rps|qps)(?![a-z])/i;
const CONTACT = /@|https?:|www\.|\+?\d[\d\s().-]{8,}\d|\[(redacted|email|phone)[^\]]*\]/i;
const DATES =
  /\b(19|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,4}|\d{1,4}\s?(년|월|일)|\b\d{1,2}[./]\d{2,4}\b/gi;
const BULLET = /^[\s•·▪●○◦‣\-–—*>|]+/;

/** A line ends a thought when it ends a sentence or a clause the next line cannot continue. */
const LINE_END = /[.!?。？！:;)\]」』”"]$/u;
/** Hangul syllables that usually end a word (particles, verb endings): a break after one fell between words. */
const WORD_FINAL_HANGUL = new Set([...'은는이가을를에의와과로도만고며서면다요께게및등']);
const HANGUL = /\p{Script=Hangul}/u;

/** One bullet or paragraph of the CV with the PDF's line wraps undone, and where it starts in the text. */
interface LogicalLine {
  text: string;
  start: number;
}

/** A section heading ("SKILLS", "경력", "Projects:") starts something new; a wrap never continues into one. */
function isHeading(line: string): boolean {
  if (sectionOfHeading(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/**
 * How two wrapped lines meet: a space, except inside a Hangul word the PDF broke between syllables
 * ("…1.4초로 단" + "축했습니다" reads "단축했습니다"), which a word-final syllable rules out.
 */
function joinWrapped(left: string, right: string): string {
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  const inHangulWord = HANGUL.test(last) && HANGUL.test(first) && !WORD_FINAL_HANGUL.has(last);
  return inHangulWord ? `${left}${right}` : `${left} ${right}`;
}

/**
 * The CV's bullets and paragraphs, bullets removed. A PDF wraps a long line where the column ends,
 * so a line that runs close to the column's width, does not end a sentence and is followed by a
 * line that is not a new bullet continues on that line: quotes then never end mid-word.
 */
function logicalLines(cvText: string): LogicalLine[] {
  const physical: { body: string; start: number; bulleted: boolean }[] = [];
  let offset = 0;
  for (const line of cvText.split('\n')) {
    const lead = line.match(BULLET)?.[0].length ?? 0;
    physical.push({ body: line.slice(lead).trimEnd(), start: offset + lead, bulleted: lead > 0 });
    offset += line.length + 1;
  }
  // The column's width: the length most long lines reach (the 90th percentile of line lengths).
  const lengths = physical.map((line) => line.body.length).sort((a, b) => a - b);
  const width = Math.max(30, lengths[Math.floor(lengths.length * 0.9)] ?? 0);
  const joined: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let wraps = false;
  for (const line of physical) {
    if (current && wraps && line.body && !line.bulleted && !isHeading(line.body)) {
      current.text = joinWrapped(current.text, line.body);
    } else {
      if (current) joined.push(current);
      current = { text: line.body, start: line.start };
    }
    wraps = line.body.length >= width * 0.75 && !LINE_END.test(line.body);
  }
  if (current) joined.push(current);
  return joined.filter((line) => line.text.length > 0);
}

/**
 * Sentences of the CV's logical lines, each with the line it belongs to. A line that still opens with
 * the lower-case tail of a sentence it was not joined to ("month. Wrote a Terraform module…") loses
 * that tail.
 */
function rawSpans(cvText: string): { line: LogicalLine; span: Span }[] {
  return logicalLines(cvText).flatMap((line) => {
    const sentences = sentenceSpans(line.text);
    if (sentences.length > 1 && /^\p{Ll}/u.test(line.text)) sentences.shift();
    return sentences.map((span) => ({ line, span }));
  });
}

/** Text compared without its whitespace, so a joined quote is still found in its section. */
const compact = (text: string) => text.replace(/\s+/g, '');

function sectionBonus(text: string, sections: Record<string, string>): number {
  for (const [name, body] of Object.entries(sections)) {
    if (!compact(body).includes(compact(text))) continue;
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
  for (const { line, span } of rawSpans(cvText)) {
    const text = quoteAround(line.text, span, span.start, MAX_QUOTE);
    if (CONTACT.test(text)) continue;
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 3 || (strict && (text.length < MIN_LINE || letters / text.length < 0.5))) continue;
    const start = line.start + span.start;
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
