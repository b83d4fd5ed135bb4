// The report as a member receives it: the rendered messages with the report card on the first (the
// summary). Lives in the engine, which knows reports, so that charts never import the engine back.
import type { ChartAttacher } from '../charts/attach-chart.js';
import { reportCardChart } from '../charts/report-card.js';
import type { OutboundMessage } from '../platform/types.js';
import { type ReportData, renderReport } from './report.js';

/** The report's messages, the first carrying the report card when charts are on. */
export async function reportMessages(report: ReportData, charts: ChartAttacher): Promise<OutboundMessage[]> {
  const [head, ...rest] = renderReport(report);
  if (!head) return rest;
  return [await charts.attach(head, reportCardChart(report)), ...rest];
}
