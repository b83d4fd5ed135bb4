// `npm run charts:preview [folder]`: every chart for a sample member and workspace, in English and
// Korean, at full size and scaled to 400 px wide (Slack's preview), with the render time of each.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adminChart } from '../src/charts/admin-chart.js';
import { createChartRenderer } from '../src/charts/chart-renderer.js';
import type { ChartSpec } from '../src/charts/chart-spec.js';
import { locateChartFonts } from '../src/charts/fonts.js';
import { progressChart } from '../src/charts/progress-chart.js';
import { progressData } from '../src/charts/progress-data.js';
// @ts-expect-error: plain JS module without type declarations (it is the render worker).
import { rasterise, renderSvg } from '../src/charts/render-worker.mjs';
import { reportCardChart } from '../src/charts/report-card.js';
import { sampleAdminData, sampleHistory, sampleReport } from '../bench/chart-samples.js';

const folder = path.resolve(process.argv[2] ?? path.join('data', 'chart-preview'));
mkdirSync(folder, { recursive: true });
const fonts = locateChartFonts({ fontDir: process.env.CHART_FONT_DIR });
console.log(`font: ${fonts.family} (${fonts.files.join(', ')})`);

const specs: ChartSpec[] = (['en', 'ko'] as const).flatMap((language) => [
  reportCardChart(sampleReport(language)),
  progressChart(progressData(sampleHistory(language), language)),
  adminChart(sampleAdminData(language)),
]);
const renderer = createChartRenderer({ fonts });
try {
  for (const spec of specs) {
    const language = /[\uac00-\ud7a3]/.test(spec.altText) ? 'ko' : 'en';
    const image = await renderer.render(spec);
    const name = `${spec.kind}-${language}`;
    writeFileSync(path.join(folder, `${name}.png`), image.png);
    const small = rasterise(renderSvg(spec), fonts, 400) as Uint8Array;
    writeFileSync(path.join(folder, `${name}-400.png`), small);
    writeFileSync(path.join(folder, `${name}.txt`), `${spec.altText}\n`);
    console.log(
      `${name.padEnd(18)} ${String(Math.round(image.renderMs)).padStart(5)} ms  ${image.png.byteLength} B (400 px: ${small.byteLength} B)`,
    );
  }
} finally {
  await renderer.close();
}
console.log(`written to ${folder}`);
