// The labelled key-point set (bench/data/key-point-labels.jsonl) joined with the bank, and how a detector fares on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeedBank } from '../src/bank/index.js';
import type { KeyPointStatus, Language, TechnicalQuestion } from '../src/domain/types.js';

/** One (answer, key point) pair with the human label. */
export interface LabelledPair {
  question: TechnicalQuestion;
  answer: string;
  point: string;
  label: 'covered' | 'partial' | 'missing';
  /** 'tune' fits the detector, 'check' was kept aside; 'fresh' was written and labelled after the detector was frozen. */
  split: 'tune' | 'check' | 'fresh';
}

interface LabelledAnswer {
  question_id: string;
  language: Language;
  split: LabelledPair['split'];
  answer: string;
  labels: LabelledPair['label'][];
}

/** The labelled pairs: each answer is labelled against every key point of its bank question, in order. */
export async function loadLabelledPairs(): Promise<LabelledPair[]> {
  const bank = await loadSeedBank();
  const file = join(import.meta.dirname, 'data', 'key-point-labels.jsonl');
  const pairs: LabelledPair[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as LabelledAnswer;
    const question = bank.technical.find((q) => q.id === row.question_id && q.language === row.language);
    if (!question) throw new Error(`no bank question ${row.question_id}/${row.language}`);
    if (question.keyPoints.length !== row.labels.length)
      throw new Error(
        `${row.question_id}/${row.language}: ${row.labels.length} labels, ${question.keyPoints.length} key points`,
      );
    question.keyPoints.forEach((point, i) => {
      pairs.push({ question, answer: row.answer, point, label: row.labels[i]!, split: row.split });
    });
  }
  return pairs;
}

/** Precision and recall of "covered" for detected statuses against the labels. */
export function coveredPrecisionRecall(
  pairs: readonly LabelledPair[],
  detected: readonly KeyPointStatus[],
): {
  n: number;
  precision: number;
  recall: number;
  truePositives: number;
  saidCovered: number;
  labelledCovered: number;
} {
  let truePositives = 0;
  let saidCovered = 0;
  let labelledCovered = 0;
  pairs.forEach((pair, i) => {
    const said = detected[i] === 'covered';
    const truth = pair.label === 'covered';
    if (said) saidCovered++;
    if (truth) labelledCovered++;
    if (said && truth) truePositives++;
  });
  return {
    n: pairs.length,
    precision: saidCovered === 0 ? 1 : truePositives / saidCovered,
    recall: labelledCovered === 0 ? 1 : truePositives / labelledCovered,
    truePositives,
    saidCovered,
    labelledCovered,
  };
}
