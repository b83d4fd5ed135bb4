// The README's metrics tables are the registry's: a metric added, renamed or relabelled without
// `npm run docs:metrics` fails here, and every figure issue 13 asks for is in the registry.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBotMetrics } from '../../src/metrics/metrics.js';
import { METRICS_TABLE_END, METRICS_TABLE_START, metricsTable } from '../../src/metrics/metrics-table.js';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const registry = createBotMetrics().registry;

describe('README metrics tables', () => {
  // Node's default metrics differ a little by OS (file descriptors are Linux-only); the README documents
  // the Linux image, so the exact comparison runs there and the row check below runs everywhere.
  it.runIf(process.platform === 'linux')(
    'are exactly what the registry holds (run `npm run docs:metrics` after changing a metric)',
    () => {
      const block = readme.slice(
        readme.indexOf(METRICS_TABLE_START),
        readme.indexOf(METRICS_TABLE_END) + METRICS_TABLE_END.length,
      );
      expect(block).toBe(metricsTable(registry));
    },
  );

  it('list a row per metric, with its type and labels', () => {
    for (const metric of registry.getMetricsAsArray() as unknown as { name: string }[]) {
      expect(readme).toMatch(
        new RegExp(`^\\| \`${metric.name}\` \\| (counter|gauge|histogram|summary) \\|`, 'm'),
      );
    }
  });

  it('cover what operators asked for: sessions, messages, acks, model calls, fallbacks, queue, CVs, event loop', () => {
    const names = (registry.getMetricsAsArray() as unknown as { name: string }[]).map(
      (metric) => metric.name,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'interview_sessions_total',
        'interview_messages_handled_total',
        'interview_ack_latency_seconds',
        'interview_model_calls_total',
        'interview_model_call_seconds',
        'interview_model_fallbacks_total',
        'interview_job_queue_depth',
        'interview_job_queue_oldest_age_seconds',
        'interview_cv_parse_seconds',
        'interview_cv_refusals_total',
        'nodejs_eventloop_lag_p99_seconds',
        'process_resident_memory_bytes',
      ]),
    );
  });
});
