// Localised feedback that says what the score is made of: covered and missing points, STAR gaps, concreteness.
import type { Language, QuestionKind, StarAnalysis } from '../../domain/types.js';
import { type MessageKey, t } from '../../i18n/index.js';
import type { AnswerAnalysis } from './analyse-answer.js';
import type { Specificity } from './specificity.js';
import { missingStarParts } from './star.js';

/** Everything the feedback is built from. */
export interface FeedbackInput {
  language: Language;
  kind: QuestionKind;
  score: number;
  analysis: AnswerAnalysis;
  star?: StarAnalysis | undefined;
  specificity?: Specificity | undefined;
  cvQuote?: string | undefined;
  hasModelAnswer: boolean;
  /** The technical scorer judged the answer to address another question. */
  unrelated?: boolean | undefined;
}

/** Below these, a story or CV answer is judged unrelated to the question rather than merely weak. */
const OFF_TOPIC_SIMILARITY = 0.05;
const OFF_TOPIC_COVERAGE = 0.1;
/** The verdict follows the score: only a score this low may be called off topic. */
const OFF_TOPIC_MAX_SCORE = 2;
/** From this score the missing points are offered as additions, not as what the answer lacks. */
const STRONG_FROM = 8;

function offTopic(input: FeedbackInput): boolean {
  if (input.score > OFF_TOPIC_MAX_SCORE) return false;
  if (input.kind === 'technical') return input.unrelated === true;
  return input.analysis.similarity < OFF_TOPIC_SIMILARITY && input.analysis.coverage < OFF_TOPIC_COVERAGE;
}

/** The opening verdict: the score band, so a 2/10 never opens "A strong answer" nor an 8/10 "misses most". */
function band(input: FeedbackInput): MessageKey {
  const { score } = input;
  if (offTopic(input)) return 'offline.band.off_topic';
  if (score >= STRONG_FROM) return 'offline.band.strong';
  if (score >= 6) return 'offline.band.solid';
  if (score >= 3) return 'offline.band.partial';
  return 'offline.band.weak';
}

function pointLines(input: FeedbackInput): string[] {
  const { language, analysis } = input;
  const separator = t(language, 'offline.list_separator');
  const lines: string[] = [];
  const missingKey = input.score >= STRONG_FROM ? 'offline.points.could_add' : 'offline.points.missing';
  for (const [status, key] of [
    ['covered', 'offline.points.covered'],
    ['partial', 'offline.points.partial'],
    ['missing', missingKey],
  ] as const) {
    const points = analysis.points.filter((point) => point.status === status).map((point) => point.point);
    if (points.length > 0) lines.push(t(language, key, { points: points.join(separator) }));
  }
  return lines;
}

function concretenessLines(input: FeedbackInput): string[] {
  const { language, specificity } = input;
  if (!specificity || input.score >= 9) return [];
  const lines: string[] = [];
  if (specificity.numbers === 0) lines.push(t(language, 'offline.specific.numbers'));
  if (
    specificity.firstPersonSingular === 0 ||
    specificity.firstPersonPlural > 2 * specificity.firstPersonSingular
  ) {
    lines.push(t(language, 'offline.specific.first_person'));
  }
  if (specificity.words < 40) lines.push(t(language, 'offline.specific.short'));
  return lines;
}

function starLines(input: FeedbackInput): string[] {
  if (!input.star) return [];
  const missing = missingStarParts(input.star);
  if (missing.length === 0) return [t(input.language, 'offline.star.complete')];
  const parts = missing.map((part) => t(input.language, `offline.star.${part}`)).join(', ');
  return [t(input.language, 'offline.star.missing', { parts })];
}

/** Compose the feedback paragraph for one evaluated answer. */
export function composeFeedback(input: FeedbackInput): string {
  const { language, analysis } = input;
  if (analysis.precheck) return t(language, `offline.precheck.${analysis.precheck}`);
  const lines = [t(language, band(input)), ...starLines(input), ...pointLines(input)];
  if (input.kind === 'personal' && input.cvQuote && analysis.similarity < 0.1) {
    lines.push(t(language, 'offline.personal.relevance_low', { quote: input.cvQuote }));
  }
  if (input.kind !== 'technical') lines.push(...concretenessLines(input));
  if (input.hasModelAnswer) lines.push(t(language, 'offline.model_answer_hint'));
  return lines.join(' ');
}
