// How concrete an answer is: numbers, first person singular, named actions and its length.
import { countActions } from './star.js';
import { tokenize } from './text/tokenize.js';

/** Concreteness signals of one answer. */
export interface Specificity {
  numbers: number;
  firstPersonSingular: number;
  firstPersonPlural: number;
  actions: number;
  /** Korean past-tense endings (했습니다, 바꿨고 …): a story is told in the past, often without a pronoun. */
  pastNarration: number;
  /** English words plus Korean words (eojeol) weighted 1.6, as in the pre-check. */
  words: number;
  /** 0–1 blend of the signals above (length excluded). */
  score: number;
}

const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|million|half|double|twice)\b/g;
const KOREAN_PAST =
  /(었|았|였|했|됐|꿨|웠|졌|켰|쳤|렸|냈|봤|줬)(습니다|어요|고|는데|지만|다(?=[\s.,!]|$)|죠|던)/g;
const KOREAN_COUNTS = /(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?(명|개|번|주|달|개월|시간|배|건|가지)/g;
// "I/O" is not a narrator; Korean pronouns only at a word start ("제 " also ends 문제, 삭제, 통제).
const SINGULAR = /\b(i(?![/-])|i'm|i've|i'd|my|me|myself)\b|(?<![가-힣])(저는|제가|저의|제 |저 혼자)/g;
const PLURAL = /\b(we|we're|we've|our|us)\b|(?<![가-힣])(우리|저희)/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Measure the concreteness of `answer`. */
export function measureSpecificity(answer: string): Specificity {
  const text = answer.toLowerCase();
  const numbers = count(text, /\d+(?:[.,]\d+)?/g) + count(text, NUMBER_WORDS) + count(text, KOREAN_COUNTS);
  const firstPersonSingular = count(text, SINGULAR);
  const firstPersonPlural = count(text, PLURAL);
  const actions = countActions(answer);
  const words = tokenize(answer).reduce((sum, token) => sum + (token.script === 'hangul' ? 1.6 : 1), 0);
  const ownership =
    firstPersonSingular === 0
      ? 0
      : Math.min(1, firstPersonSingular / 3) *
        (firstPersonSingular / (firstPersonSingular + firstPersonPlural * 0.5));
  const score = 0.35 * Math.min(1, numbers / 2) + 0.35 * ownership + 0.3 * Math.min(1, actions / 3);
  const pastNarration = count(text, KOREAN_PAST);
  return { numbers, firstPersonSingular, firstPersonPlural, actions, pastNarration, words, score };
}
