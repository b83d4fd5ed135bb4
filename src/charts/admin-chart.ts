// The admin picture of `/interview stats`: sessions started and completed per week, average score by
// topic (weakest first), and answers evaluated per day by evaluator with the model's p95 latency.
import type { Language } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { evaluatorName, subjectName } from '../i18n/names.js';
import type { StatsTimeline } from '../stores/stats-timeline.js';
import { baseOption, headingAt, labelAxis, scoreAxis, scoreBars, textAt, titleAt } from './chart-parts.js';
import type { ChartSpec } from './chart-spec.js';
import { PALETTE, TYPE } from './palette.js';
import { dayLabel } from './progress-chart.js';

export interface AdminChartData {
  language: Language;
  periodDays: number;
  weeks: StatsTimeline['weeks'];
  days: StatsTimeline['days'];
  /** Average score per topic over the period, any order (the chart puts the weakest first). */
  topics: { topic: string; average: number; answers: number }[];
}

/** Where the three panels sit on the 1200×675 picture; tests read bar positions from here. */
export const ADMIN_LAYOUT = {
  width: 1200,
  height: 675,
  weekly: { left: 70, right: 660, top: 170, bottom: 340 },
  topics: { left: 860, right: 80, top: 150, bottom: 340 },
  daily: { left: 70, right: 110, top: 480, bottom: 45 },
  labelWidth: 200,
  maxTopics: 5,
} as const;

const COLOURS = { started: PALETTE.series[0], completed: PALETTE.bands.strong, p95: PALETTE.bands.fair };
/** Evaluators in cool colours, away from the amber latency line; a stand-in (fallback) evaluator in grey. */
const EVALUATOR_COLOURS = ['#36c5d6', '#c678dd', '#8e9cff', '#e07bb5'];
const FALLBACK_COLOURS = ['#8b93a1', '#b0b6c0'];

/** The weakest topics first, as many as the panel holds. */
export function weakestTopics(data: AdminChartData): AdminChartData['topics'] {
  return [...data.topics]
    .sort((a, b) => a.average - b.average || a.topic.localeCompare(b.topic))
    .slice(0, ADMIN_LAYOUT.maxTopics);
}

function evaluatorLabel(lang: Language, e: { evaluator: string; degraded: boolean }): string {
  const name = evaluatorName(lang, e.evaluator);
  return e.degraded ? `${name} (${t(lang, 'commands.stats_fallback')})` : name;
}

/** The chart as an ECharts option plus its alt text. */
export function adminChart(data: AdminChartData): ChartSpec {
  const lang = data.language;
  const { width, height, weekly, topics: topicGrid, daily, labelWidth } = ADMIN_LAYOUT;
  const topics = weakestTopics(data);
  const evaluators = evaluatorSeries(lang, data);
  const started = t(lang, 'charts.admin_started');
  const completed = t(lang, 'charts.admin_completed');
  const p95 = t(lang, 'charts.admin_p95');
  const legendText = { color: PALETTE.text, fontSize: TYPE.small };
  return {
    kind: 'admin',
    language: lang,
    width,
    height,
    altText: altText(data, topics),
    option: {
      ...baseOption(),
      legend: [
        { top: 122, left: weekly.left, itemGap: 24, textStyle: legendText, data: [started, completed] },
        {
          top: 422,
          left: daily.left,
          itemGap: 24,
          textStyle: legendText,
          data: [...evaluators.map((e) => e.name), p95],
        },
      ],
      grid: [weekly, topicGrid, daily].map((grid) => ({ ...grid, containLabel: false })),
      xAxis: [
        dateAxis(
          data.weeks.map((w) => dayLabel(w.weekStart)),
          0,
        ),
        scoreAxis({ gridIndex: 1 }),
        dateAxis(
          data.days.map((d) => dayLabel(d.dayStart)),
          2,
        ),
      ],
      yAxis: [
        countAxis(0),
        labelAxis(
          topics.map((topic) => subjectName(lang, topic.topic)),
          labelWidth,
          { gridIndex: 1, inverse: true },
        ),
        countAxis(2),
        {
          type: 'value',
          gridIndex: 2,
          position: 'right',
          axisLabel: { color: COLOURS.p95, fontSize: TYPE.small },
          splitLine: { show: false },
        },
      ],
      series: [
        weekBars(
          started,
          COLOURS.started,
          data.weeks.map((w) => w.started),
        ),
        weekBars(
          completed,
          COLOURS.completed,
          data.weeks.map((w) => w.completed),
        ),
        scoreBars(
          topics.map((topic) => ({ score: topic.average })),
          { xAxisIndex: 1, yAxisIndex: 1, barMaxWidth: 30 },
        ),
        ...evaluators.map(({ name, colour }) => ({
          type: 'bar',
          name,
          itemStyle: { color: colour },
          stack: 'evaluators',
          xAxisIndex: 2,
          yAxisIndex: 2,
          data: data.days.map((d) => d.evaluators.find((e) => evaluatorLabel(lang, e) === name)?.count ?? 0),
        })),
        {
          type: 'line',
          name: p95,
          xAxisIndex: 2,
          yAxisIndex: 3,
          connectNulls: true,
          symbol: 'circle',
          symbolSize: 10,
          itemStyle: { color: COLOURS.p95 },
          lineStyle: { width: 3, color: COLOURS.p95 },
          data: data.days.map((d) => (d.p95Ms === undefined ? null : Math.round(d.p95Ms / 100) / 10)),
        },
      ],
      graphic: [
        titleAt(t(lang, 'charts.admin_title', { days: data.periodDays }), width),
        headingAt(weekly.left, 90, t(lang, 'charts.admin_weekly'), 480),
        headingAt(topicGrid.left - labelWidth - 10, 90, t(lang, 'charts.admin_topics'), 520),
        headingAt(daily.left, 378, t(lang, 'charts.admin_evaluators'), 1000),
        ...(topics.length === 0
          ? [
              textAt(topicGrid.left - labelWidth, 220, t(lang, 'charts.admin_no_data'), {
                fill: PALETTE.muted,
              }),
            ]
          : []),
      ],
    },
  };
}

/** One stacked series per evaluator name, each with its colour (fallbacks grey). */
function evaluatorSeries(lang: Language, data: AdminChartData): { name: string; colour: string }[] {
  const seen = new Map<string, boolean>();
  for (const day of data.days) for (const e of day.evaluators) seen.set(evaluatorLabel(lang, e), e.degraded);
  let preferred = 0;
  let fallback = 0;
  return [...seen].map(([name, degraded]) => ({
    name,
    colour: degraded
      ? FALLBACK_COLOURS[fallback++ % FALLBACK_COLOURS.length]!
      : EVALUATOR_COLOURS[preferred++ % EVALUATOR_COLOURS.length]!,
  }));
}

function dateAxis(labels: string[], gridIndex: number): Record<string, unknown> {
  return {
    type: 'category',
    gridIndex,
    data: labels,
    axisTick: { show: false },
    axisLabel: { color: PALETTE.muted, fontSize: TYPE.small },
    axisLine: { lineStyle: { color: PALETTE.grid } },
  };
}

function countAxis(gridIndex: number): Record<string, unknown> {
  return {
    type: 'value',
    gridIndex,
    minInterval: 1,
    axisLabel: { color: PALETTE.muted, fontSize: TYPE.small },
    splitLine: { lineStyle: { color: PALETTE.grid } },
  };
}

function weekBars(name: string, colour: string, values: number[]): Record<string, unknown> {
  return {
    type: 'bar',
    name,
    xAxisIndex: 0,
    yAxisIndex: 0,
    barMaxWidth: 22,
    itemStyle: { color: colour },
    data: values,
  };
}

function altText(data: AdminChartData, topics: AdminChartData['topics']): string {
  const lang = data.language;
  const none = t(lang, 'charts.none');
  const totals = new Map<string, number>();
  for (const day of data.days)
    for (const e of day.evaluators) {
      const name = evaluatorLabel(lang, e);
      totals.set(name, (totals.get(name) ?? 0) + e.count);
    }
  const latency = data.days
    .filter((d) => d.p95Ms !== undefined)
    .map((d) => `${dayLabel(d.dayStart)} ${(d.p95Ms! / 1000).toFixed(1)}s`);
  return t(lang, 'charts.admin_alt', {
    days: data.periodDays,
    weeks: data.weeks.map((w) => `${dayLabel(w.weekStart)} ${w.started}/${w.completed}`).join(', '),
    topics: topics.map((topic) => `${subjectName(lang, topic.topic)} ${topic.average}/10`).join(', ') || none,
    evaluators: [...totals].map(([name, count]) => `${name} ${count}`).join(', ') || none,
    latency: latency.join(', ') || none,
  });
}
