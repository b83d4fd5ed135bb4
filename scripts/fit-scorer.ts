// Fits the offline technical scorer on a graded set: grouped cross-validation figures, then weights on all of it.
// Run: npm run fit:scorer [-- FILE.jsonl]   (default ../shared/scoring/graded-cs-answers-dev.jsonl)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluationInput, type GradedAnswer, readGradedSet, scoringCorpus } from '../bench/graded-set.js';
import { agreement, figureLines } from '../bench/metrics.js';
import { createAnswerAnalyser } from '../src/llm/offline/analyse-answer.js';
import { answerFeatures, FEATURE_NAMES } from '../src/llm/offline/scorer/features.js';
import type { ScorerWeights } from '../src/llm/offline/scorer/linear-model.js';
import { scoreFeatures } from '../src/llm/offline/scorer/technical-score.js';
import { cappedScore } from '../src/llm/offline/precheck.js';
import { fitModel } from './fit/ridge.js';

const root = join(import.meta.dirname, '..');
const file = process.argv[2] ?? join(root, '..', 'shared', 'scoring', 'graded-cs-answers-dev.jsonl');
const weightsPath = join(root, 'src', 'llm', 'offline', 'scorer', 'scorer-weights.json');
/** Ridge penalties tried; the one with the lowest cross-validated RMSE is used for the final fit. */
const LAMBDAS = [30, 300, 1000, 3000, 10000];
const FOLDS = 10;

const items = readGradedSet(file);
const analyse = createAnswerAnalyser({ corpus: scoringCorpus(items).corpus });
const names: string[] = [...FEATURE_NAMES];
const rowOf = (item: GradedAnswer) => {
  const input = evaluationInput(item);
  const analysis = analyse(input);
  const features = answerFeatures(input, analysis, analyse.idf);
  return {
    analysis,
    features,
    values: FEATURE_NAMES.map((name) => features[name]),
    grade: item.grade,
    question: item.question,
  };
};
const rows = items.map(rowOf);

// Questions go to folds whole, in a fixed order, so no question is ever both fitted and checked.
const questions = [...new Set(rows.map((row) => row.question))].sort();
const foldOf = new Map(questions.map((question, i) => [question, i % FOLDS]));

function fitAll(graded: readonly ReturnType<typeof rowOf>[], lambda: number): ScorerWeights {
  return fitModel(
    graded.map((row) => row.values),
    graded.map((row) => row.grade),
    lambda,
    names,
  );
}

function crossValidate(lambda: number): number[] {
  const scores = new Array<number>(rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const weights = fitAll(
      rows.filter((row) => foldOf.get(row.question) !== fold),
      lambda,
    );
    rows.forEach((row, i) => {
      if (foldOf.get(row.question) === fold)
        scores[i] = cappedScore(scoreFeatures(row.features, weights), row.analysis.precheck);
    });
  }
  return scores;
}

const grades = rows.map((row) => row.grade);
console.log(
  `fit:scorer on ${file}: ${rows.length} answers, ${questions.length} questions, ${FOLDS} folds grouped by question`,
);
const single = (j: number) =>
  agreement(
    rows.map((row) => row.values[j]!),
    grades,
  ).pearson;
console.log(
  `  single-feature pearson: ${names.map((name, j) => `${name} ${single(j).toFixed(2)}`).join(', ')}`,
);
let best = { lambda: LAMBDAS[0]!, rmse: Number.POSITIVE_INFINITY, scores: [] as number[] };
for (const lambda of LAMBDAS) {
  const scores = crossValidate(lambda);
  const figures = agreement(scores, grades);
  console.log(
    `  lambda ${String(lambda).padStart(5)}: pearson ${figures.pearson.toFixed(3)}  rmse ${figures.rmse.toFixed(2)}`,
  );
  if (figures.rmse < best.rmse) best = { lambda, rmse: figures.rmse, scores };
}
console.log(`\ncross-validated on unseen questions (lambda ${best.lambda}):`);
for (const line of figureLines(agreement(best.scores, grades))) console.log(`  ${line}`);

const weights = fitAll(rows, best.lambda);
const round = (value: number) => Math.round(value * 1e4) / 1e4;
const compact = {
  ...weights,
  min: weights.min.map(round),
  max: weights.max.map(round),
  mean: weights.mean.map(round),
  std: weights.std.map(round),
  coefficients: weights.coefficients.map(round),
  intercept: round(weights.intercept),
  calibration: weights.calibration.map(([x, y]) => [round(x), round(y)]),
  fittedOn: `${rows.length} answers to ${questions.length} questions (graded-cs-answers-dev.jsonl), ridge lambda ${best.lambda}`,
};
writeFileSync(weightsPath, `${JSON.stringify(compact, null, 2)}\n`);
console.log('\nstandardised coefficients (fitted on all answers):');
for (const [i, name] of names.entries())
  console.log(`  ${name.padEnd(28)} ${weights.coefficients[i]!.toFixed(3)}`);
console.log(`weights written to ${weightsPath}`);
