import { writeFileSync } from 'node:fs';
import { createChartRenderer } from './src/charts/chart-renderer.js';
import { locateChartFonts } from './src/charts/fonts.js';
import { progressChart } from './src/charts/progress-chart.js';
import { progressData } from './src/charts/progress-data.js';
import { sampleHistory } from './scripts/chart-samples.js';
const r = createChartRenderer({ fonts: locateChartFonts() });
for (const lang of ['en', 'ko'] as const) {
  const spec = progressChart(progressData(sampleHistory(lang), lang));
  const img = await r.render(spec);
  console.log(lang, img.renderMs.toFixed(0), spec.altText);
  writeFileSync(`/tmp/c14/progress-${lang}.png`, img.png);
}
await r.close();
