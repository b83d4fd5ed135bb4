// The progress chart of `/interview history`: overall score per finished interview (one line per
// position) and the topic averages of the last five interviews as bars.
import { positionName } from '../i18n/names.js';
import { t } from '../i18n/index.js';
import { baseOption, headingAt, labelAxis, scoreAxis, scoreBars, titleAt } from './chart-parts.js';
import type { ChartSpec } from './chart-spec.js';
import { PALETTE, TYPE } from './palette.js';
import type { ProgressData } from './progress-data.js';

/** Where the two panels sit on the 1200×675 picture; tests read point and bar positions from here. */
export const PROGRESS_LAYOUT = {
  width: 1200,
  height: 675,
  line: { left: 70, right: 560, top: 190, bottom: 70 },
  bars: { left: 870, right: 80, top: 150, bottom: 70 },
  labelWidth: 200,
  maxTopics: 8,
  /** The line shows at most this many of the latest interviews. */
  maxPoints: 12,
} as const;

const HEADING_Y = 100;

/** "MM-DD" of a UTC timestamp, the x label of an interview. */
export function dayLabel(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(5, 10);
}

/** The chart as an ECharts option plus its alt text. */
export function progressChart(data: ProgressData): ChartSpec {
  const lang = data.language;
  const { width, height, line, bars, labelWidth } = PROGRESS_LAYOUT;
  const points = data.points.slice(-PROGRESS_LAYOUT.maxPoints);
  const positions = [...new Set(points.map((p) => p.position))];
  const topics = data.topics.slice(0, PROGRESS_LAYOUT.maxTopics);
  return {
    kind: 'progress',
    language: lang,
    width,
    height,
    altText: altText(data),
    option: {
      ...baseOption(),
      color: [...PALETTE.series],
      legend: {
        top: HEADING_Y + 40,
        left: line.left,
        itemWidth: 28,
        itemHeight: 14,
        textStyle: { color: PALETTE.text, fontSize: TYPE.small },
        data: positions.map((position) => positionName(lang, position)),
      },
      grid: [
        { ...line, containLabel: false },
        { ...bars, containLabel: false },
      ],
      xAxis: [
        {
          type: 'category',
          gridIndex: 0,
          boundaryGap: true,
          data: points.map((p) => dayLabel(p.startedAt)),
          axisLabel: { color: PALETTE.muted, fontSize: TYPE.small },
          axisLine: { lineStyle: { color: PALETTE.grid } },
        },
        scoreAxis({ gridIndex: 1 }),
      ],
      yAxis: [
        scoreAxis({ gridIndex: 0 }),
        labelAxis(
          topics.map((topic) => topic.label),
          labelWidth,
          { gridIndex: 1, inverse: true },
        ),
      ],
      series: [
        ...positions.map((position) => ({
          type: 'line',
          name: positionName(lang, position),
          xAxisIndex: 0,
          yAxisIndex: 0,
          connectNulls: true,
          symbol: 'circle',
          symbolSize: 16,
          lineStyle: { width: 4 },
          label: { show: true, position: 'top', color: PALETTE.text, fontSize: TYPE.small },
          data: points.map((p) => (p.position === position ? p.score : null)),
        })),
        scoreBars(
          topics.map((topic) => ({ score: topic.average })),
          { xAxisIndex: 1, yAxisIndex: 1, barMaxWidth: 32 },
        ),
      ],
      graphic: [
        titleAt(t(lang, 'charts.progress_title'), width),
        headingAt(line.left, HEADING_Y, t(lang, 'charts.progress_overall'), 560),
        headingAt(
          bars.left - labelWidth - 10,
          HEADING_Y,
          t(lang, 'charts.progress_topics', { n: data.topicSessions }),
          480,
        ),
      ],
    },
  };
}

function altText(data: ProgressData): string {
  const lang = data.language;
  const lines = data.points
    .map((p) => `${dayLabel(p.startedAt)} ${positionName(lang, p.position)} ${p.score.toFixed(1)}/10`)
    .join('; ');
  const topics = data.topics.length
    ? t(lang, 'charts.progress_alt_topics', {
        n: data.topicSessions,
        values: data.topics.map((topic) => `${topic.label} ${topic.average}/10`).join(', '),
      })
    : '';
  return t(lang, 'charts.progress_alt', { count: data.points.length, lines, topics });
}
