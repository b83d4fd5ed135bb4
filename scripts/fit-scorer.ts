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
type Row = ReturnType<typeof rowOf>;
const questions = [...new Set(rows.map((row) => row.question))].sort();
const outerFolds = new Map(questions.map((question, i) => [question, i % FOLDS]));
let foldOf = outerFolds;
/** Run `work` with another fold assignment (the inner folds of nested cross-validation). */
function withFolds<T>(folds: Map<string, number>, work: () => T): T {
  const saved = foldOf;
  foldOf = folds;
  try {
    return work();
  } finally {
    foldOf = saved;
  }
}

function fitAll(graded: readonly Row[], lambda: number): ScorerWeights {
  return fitModel(
    graded.map((row) => row.values),
    graded.map((row) => row.grade),
    lambda,
    names,
  );
}

/** Scores of `checked` under weights fitted on `fitted`. */
function scoresOf(fitted: readonly Row[], checked: readonly Row[], lambda: number): number[] {
  const weights = fitAll(fitted, lambda);
  return checked.map((row) => cappedScore(scoreFeatures(row.features, weights), row.analysis.precheck));
}

/** Grouped cross-validated scores of `graded` (folds by question) under one penalty. */
function crossValidate(graded: readonly Row[], lambda: number): number[] {
  const scores = new Array<number>(graded.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const checked = graded.flatMap((row, i) => (foldOf.get(row.question) === fold ? [i] : []));
    if (checked.length === 0) continue;
    const fitted = graded.filter((row) => foldOf.get(row.question) !== fold);
    const foldScores = scoresOf(
      fitted,
      checked.map((i) => graded[i]!),
      lambda,
    );
    checked.forEach((i, k) => {
      scores[i] = foldScores[k]!;
    });
  }
  return scores;
}

/** The penalty with the lowest grouped cross-validated RMSE on `graded`. */
function bestLambda(graded: readonly Row[]): number {
  let best = { lambda: LAMBDAS[0]!, rmse: Number.POSITIVE_INFINITY };
  for (const lambda of LAMBDAS) {
    const rmse = agreement(
      crossValidate(graded, lambda),
      graded.map((row) => row.grade),
    ).rmse;
    if (rmse < best.rmse) best = { lambda, rmse };
  }
  return best.lambda;
}

/**
 * Nested grouped cross-validation: for each fold of questions, the penalty is chosen by an inner
 * cross-validation on the other questions only, then fitted there. No choice sees the checked fold.
 */
function nestedCrossValidate(): { scores: number[]; chosen: number[] } {
  const scores = new Array<number>(rows.length);
  const chosen: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitted = rows.filter((row) => outerFolds.get(row.question) !== fold);
    const inner = new Map(
      [...new Set(fitted.map((row) => row.question))].sort().map((question, i) => [question, i % FOLDS]),
    );
    const lambda = withFolds(inner, () => bestLambda(fitted));
    chosen.push(lambda);
    const checked = rows.flatMap((row, i) => (outerFolds.get(row.question) === fold ? [i] : []));
    const foldScores = scoresOf(
      fitted,
      checked.map((i) => rows[i]!),
      lambda,
    );
    checked.forEach((i, k) => {
      scores[i] = foldScores[k]!;
    });
  }
  return { scores, chosen };
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
for (const lambda of LAMBDAS) {
  const figures = agreement(crossValidate(rows, lambda), grades);
  console.log(
    `  lambda ${String(lambda).padStart(5)}: pearson ${figures.pearson.toFixed(3)}  rmse ${figures.rmse.toFixed(2)}`,
  );
}
const nested = nestedCrossValidate();
console.log(
  `\ncross-validated on unseen questions (nested: the penalty is chosen inside each fold: ${nested.chosen.join(', ')}):`,
);
for (const line of figureLines(agreement(nested.scores, grades))) console.log(`  ${line}`);

const best = { lambda: bestLambda(rows) };
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
