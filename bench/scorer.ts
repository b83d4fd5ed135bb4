// Scoring benchmark: how well the offline evaluator agrees with hand grades (`npx tsx bench/scorer.ts [file.jsonl]`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Language, Position, QuestionKind } from '../src/domain/types.js';
import { createOfflineProvider } from '../src/llm/offline/offline-provider.js';
import { benchFileArgument, chainScoresIfAsked } from './scorer-chain.js';

/** One hand-graded answer of the development set. */
interface GradedAnswer {
  question: string;
  example_answer: string;
  key_points?: string[];
  answer: string;
  grade: number;
  reason?: string;
  kind?: QuestionKind;
  language?: Language;
  position?: Position;
}

const file = benchFileArgument(process.argv) ?? join(import.meta.dirname, 'data', 'scorer-dev.jsonl');
const seedsDir = join(import.meta.dirname, '..', 'seeds', 'questions');

const items: GradedAnswer[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GradedAnswer);

/** The bank's questions, example answers and key points, one document per row, as in production. */
function bankCorpus(): string[] {
  if (!existsSync(seedsDir)) return [];
  const documents: string[] = [];
  for (const name of readdirSync(seedsDir)
    .filter((entry) => entry.endsWith('.csv'))
    .sort()) {
    const rows = parse(readFileSync(join(seedsDir, name), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
    for (const row of rows)
      documents.push([row.question, row.example_answer, row.key_points].filter(Boolean).join('\n'));
  }
  return documents;
}

// In production the question being answered is always part of the bank, so the dev set's own
// questions join the corpus; the seeds, when present, give the realistic document frequencies.
const seeds = bankCorpus();
const own = [
  ...new Set(
    items.map((item) => [item.question, item.example_answer, ...(item.key_points ?? [])].join('\n')),
  ),
];
const provider = createOfflineProvider({ corpus: [...seeds, ...own] });

const inputs = items.map((item) => ({
  kind: item.kind ?? 'technical',
  language: item.language ?? 'en',
  position: item.position ?? 'be',
  question: item.question,
  answer: item.answer,
  exampleAnswer: item.example_answer,
  keyPoints: item.key_points ?? [],
}));
const chainScores = await chainScoresIfAsked(inputs, provider);
const scored: { item: GradedAnswer; score: number }[] = [];
for (const [index, item] of items.entries()) {
  const score = chainScores?.[index] ?? (await provider.evaluateAnswer(inputs[index]!)).score;
  scored.push({ item, score });
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Ranks with ties sharing their average rank, as Spearman's rho requires. */
function ranks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let k = i; k <= j; k++) result[order[k]!.index] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

function figures(rows: typeof scored) {
  const grades = rows.map((row) => row.item.grade);
  const scores = rows.map((row) => row.score);
  const errors = rows.map((row) => row.score - row.item.grade);
  return {
    n: rows.length,
    pearson: pearson(grades, scores),
    spearman: pearson(ranks(grades), ranks(scores)),
    rmse: Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / rows.length),
    mae: errors.reduce((sum, e) => sum + Math.abs(e), 0) / rows.length,
    bias: errors.reduce((sum, e) => sum + e, 0) / rows.length,
  };
}

const format = (f: ReturnType<typeof figures>) =>
  `n=${f.n}  pearson=${f.pearson.toFixed(3)}  spearman=${f.spearman.toFixed(3)}  rmse=${f.rmse.toFixed(2)}  ` +
  `mae=${f.mae.toFixed(2)}  bias=${f.bias >= 0 ? '+' : ''}${f.bias.toFixed(2)}`;

console.log(`scorer benchmark: ${file}`);
console.log(`corpus: ${seeds.length} bank rows from seeds/questions + ${own.length} dev-set questions`);
console.log(`all          ${format(figures(scored))}`);
const groups: [string, (row: (typeof scored)[number]) => boolean][] = [
  ['technical', (row) => (row.item.kind ?? 'technical') === 'technical'],
  ['behavioural', (row) => row.item.kind === 'behavioural'],
  ['english', (row) => (row.item.language ?? 'en') === 'en'],
  ['korean', (row) => row.item.language === 'ko'],
];
for (const [name, keep] of groups) {
  const rows = scored.filter(keep);
  if (rows.length > 1) console.log(`${name.padEnd(12)} ${format(figures(rows))}`);
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
