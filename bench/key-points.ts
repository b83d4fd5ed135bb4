// Key-point benchmark: precision and recall of "covered" on the hand-labelled set, by language and split.
// Run: npm run bench:key-points [-- --show]   (--show lists every disagreement)
import { loadSeedBank } from '../src/bank/index.js';
import type { KeyPointStatus } from '../src/domain/types.js';
import { createOfflineProvider } from '../src/llm/offline/offline-provider.js';
import { coveredPrecisionRecall, type LabelledPair, loadLabelledPairs } from './key-point-set.js';

/** Judge every pair with the offline evaluator as a session would (bank-wide IDF, the bank's follow-ups), one evaluation per answer. */
export async function detectKeyPoints(pairs: readonly LabelledPair[]): Promise<KeyPointStatus[]> {
  const bank = await loadSeedBank();
  const offline = createOfflineProvider({
    corpus: [...bank.technical, ...bank.behavioural].map(
      (q) => `${q.question}\n${q.exampleAnswer}\n${q.keyPoints.join('\n')}`,
    ),
  });
  const verdicts = new Map<string, KeyPointStatus[]>();
  for (const pair of pairs) {
    const key = `${pair.question.id}/${pair.question.language}\u0000${pair.answer}`;
    if (verdicts.has(key)) continue;
    const q = pair.question;
    const evaluation = await offline.evaluateAnswer({
      kind: 'technical',
      language: q.language,
      position: q.position,
      question: q.question,
      answer: pair.answer,
      exampleAnswer: q.exampleAnswer,
      keyPoints: q.keyPoints,
      followUpQuestions: q.followUps,
      topic: q.topic,
    });
    verdicts.set(
      key,
      evaluation.keyPoints.map((point) => point.status),
    );
  }
  return pairs.map((pair) => {
    const statuses = verdicts.get(`${pair.question.id}/${pair.question.language}\u0000${pair.answer}`)!;
    return statuses[pair.question.keyPoints.indexOf(pair.point)]!;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pairs = await loadLabelledPairs();
  const detected = await detectKeyPoints(pairs);
  console.log(`key-point benchmark: ${pairs.length} labelled pairs (bench/data/key-point-labels.jsonl)`);
  for (const split of ['tune', 'check', 'fresh', 'all'] as const) {
    for (const language of ['en', 'ko', 'all'] as const) {
      const keep = pairs
        .map((pair, i) => ({ pair, said: detected[i]! }))
        .filter(
          ({ pair }) =>
            (split === 'all' || pair.split === split) &&
            (language === 'all' || pair.question.language === language),
        );
      const f = coveredPrecisionRecall(
        keep.map((k) => k.pair),
        keep.map((k) => k.said),
      );
      console.log(
        `${split.padEnd(5)} ${language.padEnd(3)} n=${String(f.n).padStart(3)}  precision ${f.precision.toFixed(2)} (${f.truePositives}/${f.saidCovered})  recall ${f.recall.toFixed(2)} (${f.truePositives}/${f.labelledCovered})`,
      );
    }
  }
  if (process.argv.includes('--show')) {
    pairs.forEach((pair, i) => {
      const said = detected[i]!;
      if ((said === 'covered') !== (pair.label === 'covered'))
        console.log(
          `\n[${pair.split}] label ${pair.label}, said ${said}: ${pair.point}\n   ${pair.answer.slice(0, 160)}`,
        );
    });
  }
}
