// Turns free text into comparable terms (stemmed English words, Korean n-grams) that remember where they came from.
import { KO_EN_GLOSSARY } from '../lexicon/ko-en-glossary.js';
import { hangulNgrams, isJamo, isKoreanParticle, stripKoreanEnding } from './hangul.js';
import { porterStem } from './porter-stemmer.js';
import { ENGLISH_STOP_WORDS, KOREAN_STOP_WORDS } from './stop-words.js';

/** A word as written, with its offsets in the original string (so quotes stay verbatim). */
export interface Token {
  /** Lower-cased, NFKC-normalised form. */
  text: string;
  start: number;
  end: number;
  script: 'latin' | 'hangul' | 'other';
}

/** An analysed term and the token it came from. */
export interface Term {
  term: string;
  start: number;
  end: number;
}

// Latin runs may carry inner apostrophes ("don't") and a trailing ++/# ("c++", "c#"); Hangul and
// other scripts are separate runs so that "API를" splits into "API" and the particle "를".
// A single letter joined by a hyphen stays one word ("B-tree", "k-means"), or the letter would be lost.
const TOKEN_PATTERN =
  /(?<![\p{L}\p{N}])[\p{Script=Latin}\p{N}]-[\p{Script=Latin}\p{N}]+|[\p{Script=Hangul}]+|[\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}]+)*(?:\+\+|#)?|[\p{L}\p{N}]+/gu;

/** Split `text` into tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw[0] ?? '';
    const script = /\p{Script=Hangul}/u.test(first)
      ? 'hangul'
      : /[\p{Script=Latin}\p{N}]/u.test(first)
        ? 'latin'
        : 'other';
    tokens.push({
      text: raw.normalize('NFKC').toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      script,
    });
  }
  return tokens;
}

/**
 * Abbreviations interviewees write for words the example answers spell out. Only unambiguous,
 * domain-wide equivalences belong here: this is not a thesaurus.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  db: 'database',
  dbs: 'databases',
  js: 'javascript',
  ts: 'typescript',
  k8s: 'kubernetes',
  auth: 'authentication',
  perf: 'performance',
  config: 'configuration',
  repo: 'repository',
  env: 'environment',
  async: 'asynchronous',
  ttl: 'expiry',
  req: 'request',
  reqs: 'requests',
  impl: 'implementation',
};

/** Terms already worked out, by word: the same words recur in every answer and reference. */
const latinMemo = new Map<string, string[]>();
const LATIN_MEMO_LIMIT = 50_000;

/** The terms one English token contributes (remembered; callers never change the array). */
function latinTerms(word: string): string[] {
  const known = latinMemo.get(word);
  if (known) return known;
  const terms = latinTermsOf(word);
  if (latinMemo.size >= LATIN_MEMO_LIMIT) latinMemo.clear();
  latinMemo.set(word, terms);
  return terms;
}

/** The terms one English token contributes: none for stop words and stray letters, else its stem. */
function latinTermsOf(word: string): string[] {
  if (ENGLISH_STOP_WORDS.has(word)) return [];
  const stripped = word.replace(/'s$/, '').replace(/'/g, '');
  // Own properties only: a plain object also "has" constructor, toString and valueOf.
  const bare = Object.hasOwn(ABBREVIATIONS, stripped) ? ABBREVIATIONS[stripped]! : stripped;
  if (bare.length < 2 && !/\d/.test(bare)) return [];
  if (ENGLISH_STOP_WORDS.has(bare)) return [];
  const hyphenated = /^([a-z0-9])-([a-z]+)$/.exec(bare);
  if (hyphenated) return [`${hyphenated[1]}-${porterStem(hyphenated[2]!)}`];
  return [/^[a-z]+$/.test(bare) ? porterStem(bare) : bare];
}

/** The English terms of a Korean word the glossary knows ("캐시" → "cach"), else none. */
export function glossaryTerms(stem: string): string[] {
  if (!Object.hasOwn(KO_EN_GLOSSARY, stem)) return [];
  const english = KO_EN_GLOSSARY[stem]!;
  return english.split(' ').flatMap(latinTerms);
}

/**
 * The terms one Korean token contributes: n-grams of the word without its particle, and the
 * English terms of a glossary word, so a Korean answer meets an English reference and vice versa.
 */
function hangulTerms(word: string): string[] {
  if ([...word].every(isJamo) || isKoreanParticle(word)) return [];
  const stem = stripKoreanEnding(word);
  if (KOREAN_STOP_WORDS.has(stem) || KOREAN_STOP_WORDS.has(word)) return [];
  return [...hangulNgrams(stem), ...glossaryTerms(stem)];
}

/** Analyse `text` into terms with the offsets of the token each came from. */
export function analyse(text: string): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    const produced =
      token.script === 'latin'
        ? latinTerms(token.text)
        : token.script === 'hangul'
          ? hangulTerms(token.text)
          : [token.text];
    for (const term of produced) terms.push({ term, start: token.start, end: token.end });
  }
  return terms;
}

/** Term frequencies of `text`. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { term } of analyse(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** The distinct terms of `text`. */
export function termSet(text: string): Set<string> {
  return new Set(analyse(text).map((entry) => entry.term));
}
