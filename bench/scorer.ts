// Scoring benchmark: how well the offline evaluator agrees with human grades (`npm run bench:scorer -- FILE.jsonl`).
// Prints lines starting Pearson, Spearman, RMSE, MAE and mean bias, plus the share of strong answers scored low.
import { basename, join } from 'node:path';
import { createOfflineProvider } from '../src/llm/offline/offline-provider.js';
import committedWeights from '../src/llm/offline/scorer/scorer-weights.json' with { type: 'json' };
import { evaluationInput, type GradedAnswer, readGradedSet, scoringCorpus } from './graded-set.js';
import { agreement, figureLines, figureRow } from './metrics.js';
import { benchFileArgument, chainScoresIfAsked } from './scorer-chain.js';

const file = benchFileArgument(process.argv) ?? join(import.meta.dirname, 'data', 'scorer-dev.jsonl');
const items = readGradedSet(file);
const { corpus, bankRows } = scoringCorpus(items);
const provider = createOfflineProvider({ corpus });

const inputs = items.map(evaluationInput);
// With --provider chain the same answers go through the configured provider chain instead.
const chainScores = await chainScoresIfAsked(inputs, provider);
const scored: { item: GradedAnswer; score: number }[] = [];
const started = performance.now();
for (const [index, item] of items.entries()) {
  const score = chainScores?.[index] ?? (await provider.evaluateAnswer(inputs[index]!)).score;
  scored.push({ item, score });
}
const perAnswerMs = (performance.now() - started) / items.length;

const figuresOf = (rows: typeof scored) =>
  agreement(
    rows.map((row) => row.score),
    rows.map((row) => row.item.grade),
  );

console.log(`scorer benchmark: ${file}`);
// The committed weights were fitted on one file; on that file these figures are in-sample, not a
// measure on unseen questions (fit:scorer prints those, cross-validated by question).
if (!chainScores && committedWeights.fittedOn?.includes(basename(file)))
  console.log(
    `note: the committed weights were fitted on ${basename(file)}, so these figures are in-sample; run npm run fit:scorer for the grouped cross-validated ones`,
  );
console.log(
  `corpus: ${bankRows} bank rows from seeds/questions + ${corpus.length - bankRows} questions of the file`,
);
for (const line of figureLines(figuresOf(scored))) console.log(line);
console.log(`time per answer: ${perAnswerMs.toFixed(2)} ms (first answer includes loading the lexicon)`);
const groups: [string, (row: (typeof scored)[number]) => boolean][] = [
  ['technical', (row) => (row.item.kind ?? 'technical') === 'technical'],
  ['behavioural', (row) => row.item.kind === 'behavioural'],
  ['english', (row) => (row.item.language ?? 'en') === 'en'],
  ['korean', (row) => row.item.language === 'ko'],
];
for (const [name, keep] of groups) {
  const rows = scored.filter(keep);
  if (rows.length > 1 && rows.length < scored.length)
    console.log(`${name.padEnd(12)} ${figureRow(figuresOf(rows))}`);
}
console.log('\nworst 5 disagreements (score - grade):');
for (const { item, score } of [...scored]
  .sort((a, b) => Math.abs(b.score - b.item.grade) - Math.abs(a.score - a.item.grade))
  .slice(0, 5)) {
  const answer = item.answer.length > 90 ? `${item.answer.slice(0, 90)}…` : item.answer;
  console.log(
    `  grade ${item.grade} score ${score} (${item.reason ?? ''}) — ${item.question.slice(0, 50)} — "${answer}"`,
  );
}
