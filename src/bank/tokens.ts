// Content-word tokens for English and Korean, shared by key point derivation and near-duplicate checks.
import type { Language } from '../domain/types.js';

const ENGLISH_STOPWORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between
  both but by can could did do does doing done down during each either else even ever every few for from
  further get gets got had has have having he her here hers him his how however i if in into is it its
  itself just least less let like made make makes many may me might more most much must my neither no nor
  not now of off on once one only or other our ours out over own per rather really same she should since
  so some such than that the their theirs them then there these they this those though through thus to
  too under until up upon us use used uses using very via was we well were what when where whether which
  while who whom whose why will with within without would yes yet you your yours`.split(/\s+/),
);

const KOREAN_STOPWORDS = new Set(
  `그리고 그래서 그러나 하지만 또한 또 및 등 것 수 이 그 저 때 더 잘 좀 아주 매우 있다 있습니다 없습니다 합니다
  했습니다 하는 하고 하여 해서 해야 위해 위한 통해 대한 대해 때문에 경우 저는 제가 저희 우리 이런 그런 이것
  그것 어떤 무엇 어떻게 왜 가장 먼저 다음 이후 이전 있는 없는 되는 된 될 한 할 합니까 인가요 있나요 무엇인가요
  주세요 설명해 말씀해 어떻게`.split(/\s+/),
);

/** Korean particles and endings stripped from a token's end so "캐시를" and "캐시는" match "캐시". */
const KOREAN_SUFFIX =
  /(으로써|으로서|에서는|에서도|에게서|이라고|라고|에서|에게|으로|까지|부터|처럼|보다|이나|하고|하는|했고|해서|하며|합니다|입니다|은|는|이|가|을|를|의|에|로|와|과|도|만|나)$/;

/** Lower-case content words: stopwords dropped, Korean particles stripped, single letters ignored. */
export function contentTokens(text: string, language: Language): string[] {
  const raw = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.-]+/u)
    .map((token) => token.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((token) => token.length > 0);
  const tokens: string[] = [];
  for (const token of raw) {
    const stripped = language === 'ko' && token.length > 2 ? token.replace(KOREAN_SUFFIX, '') : token;
    if (stripped.length < 2) continue;
    if (ENGLISH_STOPWORDS.has(stripped) || KOREAN_STOPWORDS.has(stripped) || KOREAN_STOPWORDS.has(token)) {
      continue;
    }
    tokens.push(stripped);
  }
  return tokens;
}

/** Jaccard overlap of two token sets, 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}
