// Lazily loaded English lexicon (lemmas, WordNet synonym sets, 8-bit word vectors) for meaning-level word matching.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lexicon as `npm run build:lexicon` writes it: parallel arrays over one vocabulary. */
interface LexiconFile {
  dimensions: number;
  words: string[];
  /** The word's lemma, or '' when the word is its own lemma. */
  lemmas: string[];
  /** Dense ids of the WordNet synsets the word shares with at least one other lemma. */
  synsets: number[][];
}

/** Word-level lookups; every method accepts any lower-case word and answers for unknown ones too. */
export interface EnglishLexicon {
  readonly size: number;
  /** True when the word is in the vocabulary (the 30,000 most frequent English words and the bank's). */
  knows(word: string): boolean;
  /** The dictionary form of a known word, or the word itself. */
  lemma(word: string): string;
  /** True when the two words share a (frequent) WordNet sense. */
  synonyms(a: string, b: string): boolean;
  /** Cosine of the two words' vectors, or undefined when either has none. */
  vectorCosine(a: string, b: string): number | undefined;
  /** Add the word's unit vector times `scale` into `into`; false when the word has no vector. */
  addVector(word: string, into: Float64Array, scale: number): boolean;
  readonly dimensions: number;
}

const DIRECTORY = import.meta.dirname;
let loaded: EnglishLexicon | undefined;

function build(file: LexiconFile, vectors: Int8Array): EnglishLexicon {
  const index = new Map<string, number>();
  for (const [i, word] of file.words.entries()) index.set(word, i);
  const dims = file.dimensions;
  const norms = new Float32Array(file.words.length);
  for (let i = 0; i < file.words.length; i++) {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += vectors[i * dims + d]! ** 2;
    norms[i] = Math.sqrt(sum);
  }
  return {
    size: file.words.length,
    dimensions: dims,
    knows(word) {
      return index.has(word);
    },
    addVector(word, into, scale) {
      const i = index.get(word);
      if (i === undefined || norms[i] === 0) return false;
      const factor = scale / norms[i]!;
      for (let d = 0; d < dims; d++) into[d]! += vectors[i * dims + d]! * factor;
      return true;
    },
    lemma(word) {
      const i = index.get(word);
      return i === undefined ? word : file.lemmas[i] || word;
    },
    synonyms(a, b) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined) return false;
      const left = file.synsets[i]!;
      const right = file.synsets[j]!;
      return left.length > 0 && right.some((id) => left.includes(id));
    },
    vectorCosine(a, b) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined || norms[i] === 0 || norms[j] === 0) return undefined;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vectors[i * dims + d]! * vectors[j * dims + d]!;
      return dot / (norms[i]! * norms[j]!);
    },
  };
}

/** The lexicon, read from disk on first use (about 4 MB) and shared afterwards. */
export function englishLexicon(): EnglishLexicon {
  if (!loaded) {
    const file = JSON.parse(readFileSync(join(DIRECTORY, 'english-lexicon.json'), 'utf8')) as LexiconFile;
    const bytes = readFileSync(join(DIRECTORY, 'english-vectors.bin'));
    loaded = build(file, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return loaded;
}
