// The report as a member receives it: the short report with the report card attached. Lives in the
// engine, which knows reports, so that charts never import the engine back.
import type { ChartAttacher } from '../charts/attach-chart.js';
import { reportCardChart } from '../charts/report-card.js';
import type { OutboundMessage } from '../platform/types.js';
import type { ReportData } from './report.js';
import { type ReportRef, renderShortReport } from './report-short.js';

/** The short report, carrying the report card when charts are on. */
export async function reportMessages(
  report: ReportData,
  ref: ReportRef,
  charts: ChartAttacher,
): Promise<OutboundMessage[]> {
  // `idle`: the report is what a member waited for after the last answer; the next line is welcome.
  const short: OutboundMessage = { ...renderShortReport(report, ref), awaiting: 'idle' };
  return [await charts.attach(short, reportCardChart(report))];
}
