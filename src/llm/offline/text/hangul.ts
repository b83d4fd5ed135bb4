// Korean support: particle and ending stripping, then character n-grams so compounds still meet.

/**
 * Particles and verb endings, longest first. Korean glues them to the noun or verb stem
 * ("인덱스를", "사용합니다"), so without stripping the same word never matches itself.
 */
const ENDINGS =
  `에서부터 으로부터 했습니다 하였습니다 되었습니다 됐습니다 있습니다 없습니다 합니다 입니다 됩니다 습니다
  이라는 이라고 이라면 에서는 에서도 에게서 으로는 으로서 으로써 까지는 부터는 하였다 하면서 되면서 했는데 하는데
  하지만 하므로 이므로 에서 에게 한테 으로 까지 부터 처럼 보다 라는 라고 이나 이며 이고 에는 에도 과는 와는 만큼
  했다 한다 된다 했고 하고 하여 해서 하면 하기 하며 하는 되는 되어 돼서 되고 시켜 시킨 시키는 적인 적으로 이다 였다
  니다 은 는 이 가 을 를 에 의 와 과 도 만 로 며 고 한 할 함 된 됨 해`
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

const ENDING_SET: ReadonlySet<string> = new Set(ENDINGS);

/** True when the whole word is a particle or ending written apart, as after a Latin word ("API 를"). */
export function isKoreanParticle(word: string): boolean {
  return ENDING_SET.has(word);
}

/** One-syllable endings that are also the last syllable of common nouns ("권한", "제한", "기록"). */
const AMBIGUOUS = new Set(['며', '고', '한', '할', '함', '된', '됨', '해']);

/**
 * Strip one trailing particle or ending. A particle may leave a one-syllable stem ("락을" → "락");
 * an ambiguous ending needs two syllables left, so "권한" stays whole while "간단한" loses "한".
 */
export function stripKoreanEnding(word: string): string {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length) continue;
    if (AMBIGUOUS.has(ending) && word.length - ending.length < 2) continue;
    return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Character bigrams and trigrams of a (stripped) Hangul word; a one-syllable word is its own
 * term. N-grams let "확장성" meet "확장" and "캐시 서버" meet "캐시서버" without a dictionary.
 */
export function hangulNgrams(word: string): string[] {
  if (word.length <= 2) return [word];
  const grams: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) grams.push(word.slice(i, i + 2));
  for (let i = 0; i + 3 <= word.length; i++) grams.push(word.slice(i, i + 3));
  return grams;
}

/** True for the compatibility jamo used in chat laughter and typos ("ㅋㅋㅋ", "ㅠㅠ"). */
export function isJamo(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x3131 && code <= 0x318e) || (code >= 0x1100 && code <= 0x11ff);
}
