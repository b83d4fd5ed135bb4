import { afterAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../bench/chart-samples.js';
import { createChartRenderer } from '../../src/charts/chart-renderer.js';
import { locateChartFonts } from '../../src/charts/fonts.js';
import { bandColour, PALETTE } from '../../src/charts/palette.js';
import { CARD_LAYOUT, cardBars, reportCardChart, topicsToStudy } from '../../src/charts/report-card.js';
import { renderShortReport } from '../../src/engine/report-short.js';
import { t } from '../../src/i18n/index.js';
import { decodePng, drawnPixels, lastRunOf } from './png-probe.js';

const renderer = createChartRenderer({ fonts: locateChartFonts() });
afterAll(() => renderer.close());

/** Where the bar of `score` should end, and the row the `index`-th of `count` bars sits on. */
function barGeometry(score: number, index: number, count: number) {
  const { grid, width, height } = CARD_LAYOUT;
  const plotWidth = width - grid.left - grid.right;
  const plotHeight = height - grid.top - grid.bottom;
  return {
    endX: grid.left + (score / 10) * plotWidth,
    rowY: Math.round(grid.top + ((index + 0.5) * plotHeight) / count),
  };
}

describe('report card', () => {
  it('has one bar per answered or skipped question, in report order, skipped ones at zero', () => {
    const report = sampleReport('en');
    report.items.push({ ...report.items[0]!, number: 7, status: 'unanswered', score: null });
    const bars = cardBars(report);
    expect(bars.map((bar) => bar.label)).toEqual([
      '1. API design',
      '2. Databases',
      '3. Caching',
      '4. Concurrency',
      '5. Collaboration',
      '6. From your CV',
    ]);
    expect(bars[2]).toMatchObject({ score: 0, skipped: true });
  });

  it('names the three weakest topics below 8/10 to study, weakest first', () => {
    expect(topicsToStudy(sampleReport('en'))).toEqual(['Caching', 'Databases', 'Concurrency']);
    expect(topicsToStudy(sampleReport('en', [9, 9, 9, 9, 9, 9]))).toEqual([]);
  });

  it('names the same three things to study, in the same order, as the short report the member reads', () => {
    for (const language of ['en', 'ko'] as const) {
      const report = sampleReport(language);
      const short = renderShortReport(report, { sessionId: 1, number: 1 });
      const studyField = short.fields!.find((field) => field.name === t(language, 'report.study_next'))!;
      const lines = studyField.value.split('\n');
      const topics = topicsToStudy(report);
      expect(topics).toHaveLength(3);
      for (const [index, topic] of topics.entries()) {
        expect(lines[index]).toMatch(new RegExp(`^${index + 1}\\. ${topic} `));
      }
    }
  });

  it('carries every number of the picture in its alt text', () => {
    const { altText } = reportCardChart(sampleReport('en'));
    expect(altText).toContain('overall 5.8/10');
    expect(altText).toContain('5 of 6 answered');
    for (const part of ['API design 8.5/10', 'Databases 4/10', 'Caching skipped', 'From your CV 9/10'])
      expect(altText).toContain(part);
    expect(altText).toContain('STAR: S✓ T✓ A✓ R✗');
    expect(altText).toContain('Study next: Caching, Databases, Concurrency');
  });

  it('writes its labels in Korean for a Korean report', () => {
    const spec = reportCardChart(sampleReport('ko'));
    expect(spec.altText).toContain('총점 5.8/10');
    expect(JSON.stringify(spec.option)).toContain('다음에 공부할 주제');
    expect(JSON.stringify(spec.option)).toContain('이력서 기반 질문');
  });

  for (const language of ['en', 'ko'] as const) {
    it(`renders a 1200×675 PNG whose bars end where the scores say (${language})`, async () => {
      const report = sampleReport(language, [8.5, 3, 0, 6.5, 7, 10]);
      const image = await renderer.render(reportCardChart(report));
      const png = decodePng(image.png);
      expect([png.width, png.height]).toEqual([1200, 675]);
      expect(drawnPixels(png, { x: 0, y: 0, width: 1200, height: 675 }, PALETTE.background)).toBeGreaterThan(
        20_000,
      );
      const bars = cardBars(report);
      bars.forEach((bar, index) => {
        if (bar.skipped) return;
        const { endX, rowY } = barGeometry(bar.score, index, bars.length);
        const end = lastRunOf(png, rowY, bandColour(bar.score), CARD_LAYOUT.grid.left, 1200);
        expect(Math.abs(end - endX), `bar ${bar.label} ends at ${end}, expected ${endX}`).toBeLessThanOrEqual(
          3,
        );
      });
    });
  }

  it('draws the Hangul of a Korean title (the font has the glyphs)', async () => {
    const png = decodePng((await renderer.render(reportCardChart(sampleReport('ko')))).png);
    const title = { x: 40, y: 30, width: 340, height: 50 };
    // Hangul drawn with NanumGothic or Noto Sans KR: ~4,700–5,200 pixels; empty "tofu" boxes from a font
    // without Hangul: ~2,400.
    expect(drawnPixels(png, title, PALETTE.background)).toBeGreaterThan(3600);
  });

  it('serves a report drawn before from the cache', async () => {
    const spec = reportCardChart(sampleReport('en', [1, 2, 3, 4, 5, 6]));
    const first = await renderer.render(spec);
    const again = await renderer.render(structuredClone(spec));
    expect(again.renderMs).toBe(0);
    expect(again.png).toBe(first.png);
  });
});
