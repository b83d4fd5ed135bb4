// `npm run docs:metrics`: rewrite the README's metrics tables from the metrics registry.
import fs from 'node:fs';
import { createBotMetrics } from '../src/metrics/metrics.js';
import { metricsTable, withMetricsTable } from '../src/metrics/metrics-table.js';

const readmePath = new URL('../README.md', import.meta.url);
const metrics = createBotMetrics();
const readme = fs.readFileSync(readmePath, 'utf8');
fs.writeFileSync(readmePath, withMetricsTable(readme, metricsTable(metrics.registry)));
process.stdout.write('README.md: metrics tables written\n');
