// Near-duplicate detection: cosine over content words (Korean syllable bigrams), weighted by rarity.
import type { Language } from '../domain/types.js';
import { hasHangul } from './text.js';
import { contentTokens } from './tokens.js';

/**
 * Two questions of the same position and language whose similarity (see findNearDuplicates) reaches
 * this are near-duplicates. Calibrated on the seed bank plus hand-made rewordings: rewordings of one
 * question ("How does a database index speed up queries?" / "How do database indexes make queries
 * faster?", "What happens when you type a URL into the browser?" / "Walk me through what happens after
 * you enter a URL in a browser.", "프로세스(process)와 스레드(thread)의 차이를 설명해 주세요." /
 * "프로세스와 스레드는 어떻게 다른가요?") score 0.62–1.0, while the closest distinct questions in the bank
 * (two TypeScript type questions) score 0.50.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

/** Words that frame a question rather than say what it asks; dropped before comparing. */
const SCAFFOLD = new Set(
  `explain describe tell define compare contrast discuss walk give list name outline summarise summarize
  difference differences different between example examples briefly detail main key role purpose work
  works working happens happen mean means meaning concept idea approach would could should choose
  설명 설명해 말씀 말씀해 주세요 차이 차이점 무엇 무엇인가요 어떻게 왜 비교 예시 예를 들어 개념 의미 역할
  방법 어떤 어떠한 다른 다르 무엇인지 있나요 인가요 가요 나요 까요 할까요 하나요 합니까 입니까`.split(/\s+/),
);

/** Korean question endings left on a token after particles are stripped ("다른가요" → "다른"). */
const KOREAN_ENDING = /(인가요|인지요|인지|는지|은지|가요|나요|까요|세요|니까|나|가)$/;

/** A light English stemmer: plurals and common verb endings, enough for "indexes" to meet "index". */
function stem(token: string): string {
  if (token.length <= 4 || !/^[a-z]+$/.test(token)) return token;
  if (token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  if (token.endsWith('ing') && token.length > 5) return token.slice(0, -3);
  if (token.endsWith('ed') && !token.endsWith('eed') && token.length > 5) return token.slice(0, -2);
  return token;
}

/** The text a comparison sees: content words, stemmed, scaffold removed, joined by single spaces. */
export function comparableText(question: string, language: Language): string {
  return contentTokens(question, language)
    .map((token) => (language === 'ko' && token.length > 2 ? token.replace(KOREAN_ENDING, '') : token))
    .map(stem)
    .filter((token) => token.length > 0 && !SCAFFOLD.has(token))
    .join(' ');
}

/**
 * The features compared, by presence (a word said twice counts once): stemmed content words, so "CDN"
 * weighs as much as "performance". Korean words
 * are split further into syllable bigrams, which survive the particles and endings that inflect them;
 * English terms inside Korean questions stay whole words.
 */
export function questionFeatures(question: string, language: Language): Map<string, number> {
  const features = new Map<string, number>();
  const add = (feature: string) => features.set(feature, 1);
  for (const word of comparableText(question, language).split(' ')) {
    if (!word) continue;
    const syllables = [...word];
    if (language === 'en' || !hasHangul(word) || syllables.length < 3) {
      add(word);
      continue;
    }
    for (let start = 0; start + 2 <= syllables.length; start += 1)
      add(syllables.slice(start, start + 2).join(''));
  }
  return features;
}

type Weight = (feature: string) => number;
const uniform: Weight = () => 1;

function cosine(a: Map<string, number>, b: Map<string, number>, weight: Weight): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [feature, count] of a) {
    const value = count * weight(feature);
    normA += value * value;
    dot += value * (b.get(feature) ?? 0) * weight(feature);
  }
  for (const [feature, count] of b) normB += (count * weight(feature)) ** 2;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * Smoothed inverse document frequency over a group of questions: a feature most questions share
 * (a topic's name, "performance" among performance questions) counts less than one only a few use.
 * With two questions the weights are nearly uniform, so small imports behave like the plain measure.
 */
function inverseDocumentFrequency(features: readonly Map<string, number>[]): Weight {
  const documents = new Map<string, number>();
  for (const set of features)
    for (const feature of set.keys()) documents.set(feature, (documents.get(feature) ?? 0) + 1);
  const total = features.length;
  return (feature) => Math.log((total + 1) / ((documents.get(feature) ?? 0) + 1)) + 1;
}

/** Similarity of two questions in one language, 0 (nothing shared) to 1 (same content words), unweighted. */
export function questionSimilarity(a: string, b: string, language: Language): number {
  return cosine(questionFeatures(a, language), questionFeatures(b, language), uniform);
}

/** What near-duplicate search needs to know about a question. */
export interface ComparableQuestion {
  id: string;
  language: Language;
  question: string;
  /** Only questions in the same group are compared: the position, or the competency. */
  group: string;
}

export interface NearDuplicate {
  a: ComparableQuestion;
  b: ComparableQuestion;
  similarity: number;
}

/**
 * Every pair within a group and language at or above `threshold`, most similar first. Features are
 * weighted by their inverse document frequency within the group, so shared framing matters less than
 * a shared subject.
 */
export function findNearDuplicates(
  questions: readonly ComparableQuestion[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const buckets = new Map<string, ComparableQuestion[]>();
  for (const item of questions) {
    const key = `${item.group}\u0000${item.language}`;
    buckets.set(key, [...(buckets.get(key) ?? []), item]);
  }
  const pairs: NearDuplicate[] = [];
  for (const bucket of buckets.values()) {
    const features = bucket.map((item) => questionFeatures(item.question, item.language));
    const weight = inverseDocumentFrequency(features);
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const similarity = cosine(features[i]!, features[j]!, weight);
        if (similarity >= threshold) pairs.push({ a: bucket[i]!, b: bucket[j]!, similarity });
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}
