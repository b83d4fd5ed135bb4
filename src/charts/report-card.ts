// The report card: the overall score, one bar per question coloured by band, the STAR parts of the
// behavioural answer and the topics to study, drawn from the same ReportData the report text uses.
import type { Language } from '../domain/types.js';
import type { ReportData, ReportItem } from '../engine/report.js';
import { itemSubject, studyNext } from '../domain/study-next.js';
import { t } from '../i18n/index.js';
import { positionName } from '../i18n/names.js';
import { type ChartSpec, oneDecimal } from './chart-spec.js';
import { baseOption, labelAxis, scoreAxis, scoreBars, textAt, titleAt } from './chart-parts.js';
import { bandColour, PALETTE, TYPE } from './palette.js';

/** Where things sit on the 1200×675 card; tests read bar positions from here. */
export const CARD_LAYOUT = {
  width: 1200,
  height: 675,
  /** The bar plot area (pixels from the card's edges). */
  grid: { left: 680, right: 90, top: 110, bottom: 60 },
  labelWidth: 270,
  maxBars: 12,
} as const;

/** One bar of the card: a question that was answered or skipped (never-reached ones are left out). */
export interface CardBar {
  label: string;
  score: number;
  skipped: boolean;
}

/** The questions drawn as bars, in report order. */
export function cardBars(report: ReportData): CardBar[] {
  return report.items
    .filter((item) => item.status !== 'unanswered')
    .slice(0, CARD_LAYOUT.maxBars)
    .map((item) => ({
      label: `${item.number}. ${barLabel(report.language, item)}`,
      score: item.score ?? 0,
      skipped: item.status === 'skipped',
    }));
}

/**
 * The three things to study next, named as the short report names them (the same items, in the same
 * order: see domain/study-next.ts), so the picture and the text never disagree.
 */
export function topicsToStudy(report: ReportData): string[] {
  return studyNext(report).map((item) => item.subject);
}

/** A bar's name: its topic or competency; a CV question is already numbered, so its kind says enough. */
function barLabel(lang: Language, item: ReportItem): string {
  return item.kind === 'personal' ? t(lang, 'common.kind.personal') : itemSubject(lang, item);
}

function starOf(report: ReportData) {
  return report.items.find((item) => item.star && item.status === 'answered')?.star;
}

/** The card as an ECharts option plus its alt text. */
export function reportCardChart(report: ReportData): ChartSpec {
  const lang = report.language;
  const bars = cardBars(report);
  const study = topicsToStudy(report);
  const star = starOf(report);
  const { width, height, grid } = CARD_LAYOUT;
  return {
    kind: 'report-card',
    language: lang,
    width,
    height,
    altText: altText(report, bars, study),
    option: {
      ...baseOption(),
      grid: { ...grid, containLabel: false },
      xAxis: scoreAxis(),
      yAxis: labelAxis(
        bars.map((bar) => bar.label),
        CARD_LAYOUT.labelWidth,
        { inverse: true },
      ),
      series: [scoreBars(bars.map((bar) => ({ ...bar, skippedLabel: t(lang, 'charts.skipped') })))],
      graphic: [
        titleAt(t(lang, 'charts.card_title', { position: positionName(lang, report.position) }), width),
        ...scoreBlock(report),
        ...(star ? starBlock(lang, star) : []),
        ...studyBlock(lang, study, star ? 430 : 340),
      ],
    },
  };
}

type Graphic = Record<string, unknown>;
const text = textAt;

function scoreBlock(report: ReportData): Graphic[] {
  const lang = report.language;
  const score = report.overallScore.toFixed(1);
  return [
    text(40, 112, t(lang, 'charts.overall'), { fill: PALETTE.muted }),
    text(34, 140, score, { fontSize: TYPE.big, fontWeight: 'bold', fill: bandColour(report.overallScore) }),
    text(40 + score.length * 66, 208, '/10', { fontSize: TYPE.title, fill: PALETTE.muted }),
    text(40, 272, t(lang, 'charts.answered', { answered: report.answered, total: report.total }), {
      fill: PALETTE.muted,
    }),
  ];
}

function starBlock(lang: Language, star: NonNullable<ReportItem['star']>): Graphic[] {
  const parts = [
    ['S', star.situation],
    ['T', star.task],
    ['A', star.action],
    ['R', star.result],
  ] as const;
  return [
    text(40, 330, t(lang, 'charts.star'), { fill: PALETTE.muted }),
    ...parts.flatMap(([letter, present], index) => [
      {
        type: 'rect',
        shape: { x: 120 + index * 64, y: 320, width: 52, height: 52, r: 8 },
        style: { fill: present ? PALETTE.bands.strong : PALETTE.panel },
      },
      text(134 + index * 64, 330, letter, {
        fontSize: 30,
        fontWeight: 'bold',
        fill: present ? PALETTE.background : PALETTE.muted,
      }),
    ]),
  ];
}

function studyBlock(lang: Language, topics: string[], top: number): Graphic[] {
  const lines = topics.length
    ? topics.map((topic, i) => `${i + 1}. ${topic}`)
    : [t(lang, 'charts.nothing_to_study')];
  return [
    text(40, top, t(lang, 'charts.study_next'), { fill: PALETTE.muted }),
    ...lines.map((line, i) =>
      text(40, top + 40 + i * 40, line, { fontSize: TYPE.label, width: 350, overflow: 'truncate' }),
    ),
  ];
}

function altText(report: ReportData, bars: CardBar[], study: string[]): string {
  const lang = report.language;
  const star = starOf(report);
  const mark = (on: boolean) => (on ? '✓' : '✗');
  return t(lang, 'charts.card_alt', {
    position: positionName(lang, report.position),
    score: oneDecimal(report.overallScore).toFixed(1),
    answered: report.answered,
    total: report.total,
    items: bars
      .map((bar) => `${bar.label} ${bar.skipped ? t(lang, 'charts.skipped') : `${bar.score}/10`}`)
      .join('; '),
    star: star
      ? t(lang, 'charts.card_alt_star', {
          parts: `S${mark(star.situation)} T${mark(star.task)} A${mark(star.action)} R${mark(star.result)}`,
        })
      : '',
    study: study.length ? t(lang, 'charts.card_alt_study', { topics: study.join(', ') }) : '',
  });
}
