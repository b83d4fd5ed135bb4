// Benchmark: chart render times (npm run bench:charts [runs]). Per chart: the SVG (ECharts SSR) and PNG
// (resvg) steps measured in this thread, the whole render through the worker, and the event-loop lag
// the bot sees while the worker draws (what rendering off the main thread buys).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sampleAdminData, sampleHistory, sampleReport } from './chart-samples.js';
import { adminChart } from '../src/charts/admin-chart.js';
import { createChartRenderer } from '../src/charts/chart-renderer.js';
import type { ChartSpec } from '../src/charts/chart-spec.js';
import { locateChartFonts } from '../src/charts/fonts.js';
import { progressChart } from '../src/charts/progress-chart.js';
import { progressData } from '../src/charts/progress-data.js';
// @ts-expect-error: plain JS module without type declarations (it is the render worker).
import { rasterise, renderSvg } from '../src/charts/render-worker.mjs';
import { reportCardChart } from '../src/charts/report-card.js';

const runs = Number(process.argv[2] ?? 10);
const fonts = locateChartFonts({ fontDir: process.env.CHART_FONT_DIR });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

const charts: [string, (n: number) => ChartSpec][] = [
  ['report card', (n) => reportCardChart(sampleReport('ko', [n % 10, 4, 0, 6.5, 7, 9]))],
  ['progress', (n) => progressChart(progressData(sampleHistory(n % 2 ? 'ko' : 'en'), n % 2 ? 'ko' : 'en'))],
  ['admin', (n) => adminChart({ ...sampleAdminData('ko'), periodDays: 30 + n })],
];

console.log(`font ${fonts.family}; median of ${runs} runs (first run of each excluded)`);
console.log(
  'chart        |  SVG (thread) |  PNG (thread) | worker total | event-loop max lag while worker draws',
);
const renderer = createChartRenderer({ fonts, cacheSize: 1 });
const warm = performance.now();
await renderer.render(reportCardChart(sampleReport('en')));
console.log(`worker cold start + first chart: ${ms(performance.now() - warm)}`);
for (const [name, make] of charts) {
  const svgTimes: number[] = [];
  const pngTimes: number[] = [];
  const workerTimes: number[] = [];
  const lags: number[] = [];
  for (let n = 0; n <= runs; n++) {
    const spec = make(n);
    const a = performance.now();
    const svg = renderSvg(spec);
    const b = performance.now();
    rasterise(svg, fonts);
    const c = performance.now();
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const image = await renderer.render({ ...spec, altText: `${spec.altText} ${n}` });
    histogram.disable();
    if (n === 0) continue;
    svgTimes.push(b - a);
    pngTimes.push(c - b);
    workerTimes.push(image.renderMs);
    lags.push(histogram.max / 1e6);
  }
  console.log(
    `${name.padEnd(12)} | ${ms(median(svgTimes))}    | ${ms(median(pngTimes))}    | ${ms(median(workerTimes))}   | ${ms(median(lags))}`,
  );
}
await renderer.close();
