// The end-of-session summary from the evaluations alone: average, best and worst topics, what to study next.
import type { Evaluation, SessionSummary } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { SummaryInput } from '../types.js';
import { missingStarParts, STAR_PARTS } from './star.js';

interface TopicGroup {
  topic: string;
  average: number;
  evaluations: Evaluation[];
}

const MAX_ITEMS = 3;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function groupByTopic(input: SummaryInput): TopicGroup[] {
  const groups = new Map<string, Evaluation[]>();
  for (const turn of input.turns) {
    const topic =
      turn.kind !== 'personal' && turn.topic ? turn.topic : t(input.language, `common.kind.${turn.kind}`);
    groups.set(topic, [...(groups.get(topic) ?? []), turn.evaluation]);
  }
  return [...groups].map(([topic, evaluations]) => ({
    topic,
    evaluations,
    average: oneDecimal(
      evaluations.reduce((sum, evaluation) => sum + evaluation.score, 0) / evaluations.length,
    ),
  }));
}

function verdictKey(average: number) {
  if (average >= 7.5) return 'offline.summary.verdict.strong' as const;
  if (average >= 5.5) return 'offline.summary.verdict.solid' as const;
  if (average >= 3.5) return 'offline.summary.verdict.developing' as const;
  return 'offline.summary.verdict.weak' as const;
}

function missingPoints(group: TopicGroup): string[] {
  const points = group.evaluations.flatMap((evaluation) =>
    evaluation.keyPoints.filter((point) => point.status === 'missing' || point.status === 'incorrect'),
  );
  return [...new Set(points.map((point) => point.point.replace(/[.。]+$/, '')))].slice(0, MAX_ITEMS);
}

/** The STAR parts missing most often across behavioural answers, most frequent first. */
function starGaps(input: SummaryInput): string[] {
  const counts = new Map<string, number>();
  for (const turn of input.turns) {
    if (!turn.evaluation.star) continue;
    for (const part of missingStarParts(turn.evaluation.star)) counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  return STAR_PARTS.filter((part) => counts.has(part))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
    .map((part) => t(input.language, `offline.star.${part}`));
}

/** Summarise a session honestly from its evaluations: the figures first, then strengths and what to study. */
export function summarizeSession(input: SummaryInput): SessionSummary {
  const { language } = input;
  if (input.turns.length === 0)
    return { overall: t(language, 'offline.summary.none'), strengths: [], improvements: [] };
  const scores = input.turns.map((turn) => turn.evaluation.score);
  const average = oneDecimal(scores.reduce((sum, score) => sum + score, 0) / scores.length);
  const groups = groupByTopic(input).sort((a, b) => b.average - a.average);
  const best = groups[0]!;
  const worst = groups[groups.length - 1]!;

  const strengths = groups
    .filter((group) => group.average >= 7)
    .slice(0, MAX_ITEMS)
    .map((group) => t(language, 'offline.summary.strength', { topic: group.topic, score: group.average }));
  if (strengths.length === 0 && best.average > 0) {
    strengths.push(t(language, 'offline.summary.best_effort', { topic: best.topic, score: best.average }));
  }

  const weak = [...groups]
    .reverse()
    .filter((group) => group.average < 6)
    .slice(0, MAX_ITEMS);
  const improvements = weak.map((group) => {
    const points = missingPoints(group);
    return points.length > 0
      ? t(language, 'offline.summary.improve_points', { topic: group.topic, points: points.join(', ') })
      : t(language, 'offline.summary.improve_topic', { topic: group.topic, score: group.average });
  });
  const gaps = starGaps(input);
  if (gaps.length > 0)
    improvements.push(t(language, 'offline.summary.improve_star', { parts: gaps.join(', ') }));

  const sentences = [
    t(language, 'offline.summary.overall', {
      average,
      count: scores.length,
      verdict: t(language, verdictKey(average)),
    }),
  ];
  if (groups.length > 1) {
    sentences.push(
      t(language, 'offline.summary.range', {
        best: best.topic,
        bestScore: best.average,
        worst: worst.topic,
        worstScore: worst.average,
      }),
    );
  }
  if (weak.length > 0) {
    sentences.push(
      t(language, 'offline.summary.next', { topics: weak.map((group) => group.topic).join(', ') }),
    );
  }
  const degraded = input.turns.filter((turn) => turn.evaluation.degraded).length;
  if (degraded > 0) sentences.push(t(language, 'offline.summary.degraded', { count: degraded }));
  return { overall: sentences.join(' '), strengths, improvements };
}
