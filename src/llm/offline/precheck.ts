// The pre-check: answers that are empty, too short, gibberish or only restate the question need no evaluator.
import type { Evaluation, Language } from '../../domain/types.js';
import { englishLexicon } from './lexicon/english-lexicon.js';
import { misspelt } from './scorer/word-similarity.js';
import { isJamo } from './text/hangul.js';
import { analyse, type Token, termSet, tokenize } from './text/tokenize.js';

/** The reasons an answer is scored without an evaluator. */
export type Precheck = NonNullable<Evaluation['precheck']>;

/** The fixed score each pre-check reason earns, shared by every provider so they agree. */
export const PRECHECK_SCORES: Readonly<Record<Precheck, number>> = {
  empty: 0,
  gibberish: 0,
  too_short: 1,
  restates_question: 1,
};

/** A score (any scale position, 0–10) rounded to the interview's integers and capped by the pre-check's verdict. */
export function cappedScore(score: number, precheck: Precheck | undefined): number {
  const rounded = Math.round(score);
  return precheck ? Math.min(rounded, PRECHECK_SCORES[precheck]) : rounded;
}

/** Below this many words an answer cannot explain anything. A Hangul word (eojeol) counts 1.6. */
const MIN_EFFECTIVE_WORDS = 4;
const HANGUL_WORD_WEIGHT = 1.6;

const KEYBOARD_RUNS = [
  'qwer',
  'wert',
  'erty',
  'asdf',
  'sdfg',
  'dfgh',
  'fghj',
  'ghjk',
  'hjkl',
  'zxcv',
  'xcvb',
  'cvbn',
  'uiop',
];

/** A Latin word that no language would write: keyboard mashing, no vowel, long consonant runs. */
function implausibleWord(token: Token, original: string): boolean {
  const word = token.text;
  if (!/^[a-z]{3,}$/.test(word)) return false;
  const written = original.slice(token.start, token.end);
  if (written === written.toUpperCase()) return false; // acronyms: SQL, HTTP, CSS
  if (KEYBOARD_RUNS.some((run) => word.includes(run))) return true;
  if (!/[aeiouy]/.test(word)) return true;
  if (/[^aeiouy]{6,}/.test(word)) return true;
  return /(.)\1\1/.test(word);
}

function isGibberish(answer: string, tokens: Token[]): boolean {
  const visible = answer.replace(/\s+/g, '');
  const wordChars = visible.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (wordChars / visible.length < 0.5) return true;
  const letters = [...visible].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length > 0 && letters.filter(isJamo).length / letters.length > 0.5) return true;
  const latin = tokens.filter((token) => token.script === 'latin' && /^[a-z]{3,}$/.test(token.text));
  if (
    latin.length >= 2 &&
    latin.filter((token) => implausibleWord(token, answer)).length / latin.length > 0.5
  ) {
    return true;
  }
  if (tokens.length >= 6 && new Set(tokens.map((token) => token.text)).size / tokens.length < 0.3)
    return true;
  return false;
}

function effectiveWords(tokens: Token[]): number {
  return tokens.reduce((sum, token) => sum + (token.script === 'hangul' ? HANGUL_WORD_WEIGHT : 1), 0);
}

/**
 * True when the answer's content words are (almost) all the question's own: at most two new
 * words and under a third of the answer's content words.
 */
function restatesQuestion(question: string, answer: string): boolean {
  const questionTerms = termSet(question);
  const byToken = new Map<number, string[]>();
  for (const term of analyse(answer)) {
    const list = byToken.get(term.start) ?? [];
    list.push(term.term);
    byToken.set(term.start, list);
  }
  const contentWords = new Set<string>();
  const newWords = new Set<string>();
  for (const terms of byToken.values()) {
    const key = terms.join(' ');
    contentWords.add(key);
    if (terms.filter((term) => !questionTerms.has(term)).length * 2 > terms.length) newWords.add(key);
  }
  if (contentWords.size === 0) return false;
  return newWords.size <= 2 && newWords.size / contentWords.size < 0.34;
}

/** Word vectors this close make a word the reference's ("parameters" and "signature" are 0.xx). */
const RELATED_WORD = 0.6;

/** Letters that are words of their own in English, never a symbol ("a", "I"). */
const LETTER_WORDS = new Set(['a', 'i']);
/** Numbers written out, which the term analyser drops as stop words ("one") but a reference writes as digits. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/**
 * The written words of `text` with their terms, for the words whose terms are not all in `skip`.
 * A lone letter counts as a word of its own here ("n" in "O(n)" or "n operations"), and a number
 * written out as its digits ("one" as "1"), which the term analyser drops as noise: in a terse answer
 * either can be the whole answer.
 */
function wordsBeyond(text: string, skip: ReadonlySet<string>): { word: string; terms: string[] }[] {
  const byToken = new Map<number, { word: string; terms: string[] }>();
  for (const term of analyse(text)) {
    const entry = byToken.get(term.start) ?? {
      word: text.slice(term.start, term.end).toLowerCase(),
      terms: [],
    };
    entry.terms.push(term.term);
    byToken.set(term.start, entry);
  }
  for (const token of tokenize(text)) {
    if (/^[a-z]$/.test(token.text) && !LETTER_WORDS.has(token.text))
      byToken.set(token.start, { word: token.text, terms: [token.text] });
    if (Object.hasOwn(NUMBER_WORDS, token.text))
      byToken.set(token.start, { word: token.text, terms: [NUMBER_WORDS[token.text]!] });
  }
  return [...byToken.values()].filter((entry) => entry.terms.some((term) => !skip.has(term)));
}

/**
 * True when most of the words the answer adds to the question are the reference's own: a terse
 * correct answer ("push", "public and private", "iteration is the alternative") is short, not empty.
 * A word is the reference's when it shares a term with it, is a WordNet synonym of one of its words,
 * or a misspelling of one ("by refrenece" for "By reference"; graders read past spelling).
 */
function saysTheReference(question: string, answer: string, reference: string): boolean {
  // The question's lone letters and written numbers count as its own too: restating "what does k
  // mean in k-means" adds nothing, even though "k" is also in the reference.
  const questionTerms = new Set([
    ...termSet(question),
    ...wordsBeyond(question, new Set()).flatMap((entry) => entry.terms),
  ]);
  const referenceEntries = wordsBeyond(reference, new Set());
  const referenceTerms = new Set(referenceEntries.flatMap((entry) => entry.terms));
  const referenceWords = [...new Set(referenceEntries.map((entry) => entry.word))];
  const added = [...new Map(wordsBeyond(answer, questionTerms).map((entry) => [entry.word, entry])).values()];
  if (added.length === 0) return false;
  const lexicon = englishLexicon();
  const own = added.filter(
    ({ word, terms }) =>
      terms.some((term) => referenceTerms.has(term)) ||
      referenceWords.some(
        (other) =>
          lexicon.synonyms(word, other) ||
          misspelt(word, other, lexicon) ||
          (lexicon.vectorCosine(word, other) ?? 0) >= RELATED_WORD,
      ),
  );
  return own.length * 2 >= added.length;
}

/**
 * Decide whether an answer can be scored without an evaluator, and why. Detection is by script,
 * so a Korean session's answer written partly in English is judged the same way; `language` is the
 * session's and does not change the thresholds. With a `reference` (example answer and key points),
 * a short answer or one that reuses the question's words is let through when what it adds is the
 * reference's own vocabulary: graders give "push" full marks for "which stack operation…?".
 */
export function precheckAnswer(input: {
  question: string;
  answer: string;
  language: Language;
  reference?: string | undefined;
}): Precheck | undefined {
  const answer = input.answer.trim();
  const tokens = tokenize(answer);
  if (tokens.length === 0) return 'empty';
  if (isGibberish(answer, tokens)) return 'gibberish';
  const short = effectiveWords(tokens) < MIN_EFFECTIVE_WORDS;
  const restates = !short && restatesQuestion(input.question, answer);
  if (!short && !restates) return undefined;
  if (input.reference && saysTheReference(input.question, answer, input.reference)) return undefined;
  return short ? 'too_short' : 'restates_question';
}
