// A sample member and a sample workspace, in English and Korean, for `npm run charts:preview`, `npm run bench:charts` and the chart tests.
import type { Language, Position } from '../src/domain/types.js';

const DAY = 24 * 60 * 60 * 1000;
import type { ReportData, ReportItem } from '../src/engine/report.js';
import type { AdminChartData } from '../src/charts/admin-chart.js';
import type { SessionRecord } from '../src/stores/sessions-store.js';
import { dayStart, type StatsTimeline, weekStart } from '../src/stores/stats-timeline.js';

type Sample = Pick<ReportItem, 'kind' | 'topic' | 'competency' | 'status' | 'score'> & {
  star?: ReportItem['star'];
};

/** Topics and competencies are bank slugs in both languages; the report names them through the catalogue. */
function sampleItems(): Sample[] {
  return [
    { kind: 'technical', topic: 'api-design', status: 'answered', score: 8.5 },
    { kind: 'technical', topic: 'databases', status: 'answered', score: 4 },
    { kind: 'technical', topic: 'caching', status: 'skipped', score: 0 },
    { kind: 'technical', topic: 'concurrency', status: 'answered', score: 6.5 },
    {
      kind: 'behavioural',
      competency: 'collaboration',
      status: 'answered',
      score: 7,
      star: { situation: true, task: true, action: true, result: false },
    },
    { kind: 'personal', status: 'answered', score: 9 },
  ];
}

/** A finished backend interview: six questions, one skipped, a behavioural answer missing its result. */
export function sampleReport(language: Language, scores?: readonly number[]): ReportData {
  const items: ReportItem[] = sampleItems().map((sample, index) => ({
    ...sample,
    score: scores?.[index] ?? sample.score,
    turnId: index + 1,
    number: index + 1,
    question: `Question ${index + 1}`,
    evaluator: 'offline',
    degraded: false,
    covered: [],
    partial: [],
    missing: [],
    wrong: [],
    feedback: '',
  }));
  const counted = items.filter((item) => item.status !== 'unanswered');
  const overall = counted.reduce((sum, item) => sum + (item.score ?? 0), 0) / counted.length;
  return {
    position: 'be',
    language,
    overallScore: Math.round(overall * 10) / 10,
    answered: items.filter((item) => item.status === 'answered').length,
    skipped: items.filter((item) => item.status === 'skipped').length,
    total: items.length,
    endedEarly: false,
    items,
    evaluators: ['offline'],
  };
}

/** A member's finished sessions: six interviews over six weeks, backend then one frontend, improving. */
export function sampleHistory(language: Language): SessionRecord[] {
  const start = Date.UTC(2026, 9, 20, 10);
  const runs: { position: Position; scores: number[] }[] = [
    { position: 'be', scores: [4, 3, 0, 5, 6, 7] },
    { position: 'be', scores: [5, 4, 3, 6, 6, 8] },
    { position: 'fe', scores: [6, 5, 4, 7, 5, 7] },
    { position: 'be', scores: [7, 4, 5, 6, 7, 8] },
    { position: 'be', scores: [8, 6, 5, 7, 7, 9] },
    { position: 'fe', scores: [8, 7, 6, 8, 7, 9] },
  ];
  return runs.map((run, index) => {
    const report = { ...sampleReport(language, run.scores), position: run.position };
    return {
      id: index + 1,
      position: run.position,
      language,
      state: 'completed',
      startedAt: start + index * 7 * DAY,
      overallScore: report.overallScore,
      report,
    } as SessionRecord;
  });
}

/** A club's last eight weeks and fourteen days: growing use, the offline evaluator standing in on two days. */
export function sampleAdminData(language: Language): AdminChartData {
  const now = Date.UTC(2026, 11, 7, 12);
  const timeline: StatsTimeline = {
    weeks: [3, 5, 4, 8, 7, 11, 9, 12].map((started, i) => ({
      weekStart: weekStart(now) - (7 - i) * 7 * DAY,
      started,
      completed: Math.max(0, started - 1 - (i % 3)),
    })),
    days: Array.from({ length: 14 }, (_, i) => ({
      dayStart: dayStart(now) - (13 - i) * DAY,
      evaluators: [
        {
          evaluator: 'gpt-4o-mini',
          degraded: false,
          count: [6, 8, 5, 9, 12, 4, 3, 10, 11, 7, 0, 9, 13, 8][i]!,
        },
        ...(i === 10 || i === 11 ? [{ evaluator: 'offline', degraded: true, count: i === 10 ? 9 : 3 }] : []),
      ],
      p95Ms: i === 10 ? undefined : [21, 24, 19, 26, 31, 22, 18, 25, 28, 23, 0, 44, 27, 24][i]! * 1000,
    })),
  };
  return {
    language,
    periodDays: 30,
    ...timeline,
    topics: [
      { topic: 'api-design', average: 7.4, answers: 21 },
      { topic: 'databases', average: 5.1, answers: 18 },
      { topic: 'caching', average: 4.3, answers: 9 },
      { topic: 'concurrency', average: 6.2, answers: 12 },
      { topic: 'security', average: 6.8, answers: 7 },
      { topic: 'testing', average: 8.1, answers: 6 },
    ],
  };
}
