// Fits the key-point detector (logistic regression over point features) on the 'tune' part of the labelled set
// and reports precision and recall of "covered" on the 'check' part it never saw. Run: npm run fit:key-points
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coveredPrecisionRecall, type LabelledPair, loadLabelledPairs } from '../bench/key-point-set.js';
import { loadSeedBank } from '../src/bank/index.js';
import type { KeyPointStatus } from '../src/domain/types.js';
import { createIdf } from '../src/llm/offline/idf.js';
import { coveredProbability, type KeyPointWeights } from '../src/llm/offline/key-points/judge-points.js';
import {
  answerSentencesOf,
  POINT_FEATURE_NAMES,
  pointFeatures,
} from '../src/llm/offline/key-points/point-features.js';
import { exampleSentencesOf } from '../src/llm/offline/key-points/point-context.js';
import { termSet } from '../src/llm/offline/text/tokenize.js';
import { fitLogistic } from './fit/logistic.js';

const weightsPath = join(
  import.meta.dirname,
  '..',
  'src',
  'llm',
  'offline',
  'key-points',
  'key-point-weights.json',
);
/** L2 penalty on the standardised coefficients: the tune part has only 200 pairs. */
const L2 = 1;

const bank = await loadSeedBank();
const idf = createIdf(
  [...bank.technical, ...bank.behavioural].map(
    (q) => `${q.question}\n${q.exampleAnswer}\n${q.keyPoints.join('\n')}`,
  ),
);
const pairs = await loadLabelledPairs();
const names = [...POINT_FEATURE_NAMES];
const featuresOf = (pair: LabelledPair) => {
  const questionTerms = termSet(pair.question.question);
  const sentences = answerSentencesOf([pair.answer], idf, questionTerms);
  const others = pair.question.keyPoints.filter((point) => point !== pair.point);
  const { features } = pointFeatures(pair.point, others, sentences, idf, questionTerms, {
    exampleSentences: exampleSentencesOf(pair.question.exampleAnswer, idf, questionTerms),
    followUp: pair.question.followUps?.[pair.question.keyPoints.indexOf(pair.point)],
  });
  return names.map((name) => features[name]);
};
const rows = pairs.map((pair) => ({ pair, values: featuresOf(pair), y: pair.label === 'covered' ? 1 : 0 }));
const tune = rows.filter((row) => row.pair.split === 'tune');

const model = fitLogistic(
  tune.map((row) => row.values),
  tune.map((row) => row.y),
  names,
  L2,
);
const probabilities = rows.map((row) =>
  coveredProbability(row.values, { ...model, coveredAt: 0, partialAt: 0 }),
);
// The covered threshold maximises F1 on the tune part; the partial one catches most labelled partial mentions.
let coveredAt = 0.5;
let bestF1 = -1;
for (let t = 0.2; t <= 0.8; t += 0.01) {
  const statuses = rows.map((_, i): KeyPointStatus => (probabilities[i]! >= t ? 'covered' : 'missing'));
  const keep = rows
    .map((row, i) => ({ row, s: statuses[i]! }))
    .filter(({ row }) => row.pair.split === 'tune');
  const f = coveredPrecisionRecall(
    keep.map((k) => k.row.pair),
    keep.map((k) => k.s),
  );
  const f1 = (2 * f.precision * f.recall) / (f.precision + f.recall || 1);
  if (f1 > bestF1) {
    bestF1 = f1;
    coveredAt = t;
  }
}
// Below partialAt a point is called missing; it is set so that at most 10 % of the tune pairs called
// missing were labelled covered (a false "Missing:" is what members notice). In between: partial.
// Never below what a point with no evidence at all gets, or an unrelated answer would "touch on" everything.
const nothing = coveredProbability(
  names.map(() => 0),
  { ...model, coveredAt: 0, partialAt: 0 },
);
let partialAt = nothing + 0.05;
for (let t = partialAt; t < coveredAt; t += 0.01) {
  const low = rows.filter((row, i) => row.pair.split === 'tune' && probabilities[i]! < t);
  if (low.length > 0 && low.filter((row) => row.y === 1).length / low.length > 0.1) break;
  partialAt = t;
}
const weights: KeyPointWeights = { ...model, coveredAt, partialAt };
const round = (v: number) => Math.round(v * 1e4) / 1e4;
writeFileSync(
  weightsPath,
  `${JSON.stringify(
    {
      ...weights,
      mean: weights.mean.map(round),
      std: weights.std.map(round),
      coefficients: weights.coefficients.map(round),
      intercept: round(weights.intercept),
      coveredAt: round(coveredAt),
      partialAt: round(partialAt),
      fittedOn: `${tune.length} 'tune' pairs of bench/data/key-point-labels.jsonl`,
    },
    null,
    2,
  )}\n`,
);
for (const split of ['tune', 'check'] as const)
  for (const language of ['en', 'ko'] as const) {
    const keep = rows
      .map((row, i) => ({
        row,
        s: (probabilities[i]! >= coveredAt ? 'covered' : 'missing') as KeyPointStatus,
      }))
      .filter(({ row }) => row.pair.split === split && row.pair.question.language === language);
    const f = coveredPrecisionRecall(
      keep.map((k) => k.row.pair),
      keep.map((k) => k.s),
    );
    console.log(
      `${split} ${language}: n=${f.n} precision ${f.precision.toFixed(2)} recall ${f.recall.toFixed(2)}`,
    );
  }
console.log(`covered from p=${coveredAt.toFixed(2)}, partial from ${partialAt.toFixed(2)}; coefficients:`);
for (const [j, name] of names.entries())
  console.log(`  ${name.padEnd(24)} ${model.coefficients[j]!.toFixed(3)}`);
console.log(`weights written to ${weightsPath}`);
if (process.argv.includes('--curve'))
  for (let t = 0.05; t <= 0.9; t += 0.05) {
    const said = rows.filter((_, i) => probabilities[i]! >= t);
    const tp = said.filter((r) => r.y === 1).length;
    const low = rows.filter((_, i) => probabilities[i]! < t);
    console.log(
      `t=${t.toFixed(2)} covered: precision ${(tp / Math.max(1, said.length)).toFixed(2)} recall ${(tp / rows.filter((r) => r.y === 1).length).toFixed(2)}  below t: labelled covered ${low.filter((r) => r.y === 1).length}/${low.length}`,
    );
  }
