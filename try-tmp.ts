import { writeFileSync } from 'node:fs';
import { createChartRenderer } from './src/charts/chart-renderer.js';
import { locateChartFonts } from './src/charts/fonts.js';
import { adminChart } from './src/charts/admin-chart.js';
import { sampleAdminData } from './scripts/chart-samples.js';
const r = createChartRenderer({ fonts: locateChartFonts() });
for (const lang of ['en', 'ko'] as const) {
  const spec = adminChart(sampleAdminData(lang));
  const img = await r.render(spec);
  console.log(lang, img.renderMs.toFixed(0), spec.altText);
  writeFileSync(`/tmp/c14/admin-${lang}.png`, img.png);
}
await r.close();
