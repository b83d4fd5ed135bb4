// What the shard manager and its shard processes say to each other over IPC, beside discord.js's own
// messages (which start with `_`): questions about health and metrics, their answers, and "stop".
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { HealthReport } from '../../src/ops/health.js';

/** A question from the manager; the shard answers with the same `id`. */
export type ShardQuestion = { interview: 'ask'; id: number; what: 'health' | 'metrics' };
/** The manager asks the shard to stop as SIGTERM would (no second-signal exit if it is already stopping). */
export type ShardStop = { interview: 'stop' };
export type ManagerMessage = ShardQuestion | ShardStop;

/** The metrics of one shard, as prom-client's getMetricsAsJSON returns them. */
export type ShardMetrics = MetricObjectWithValues<MetricValue<string>>[];

/** A shard's answer. */
export type ShardAnswer =
  | { interview: 'answer'; id: number; what: 'health'; body: HealthReport }
  | { interview: 'answer'; id: number; what: 'metrics'; body: ShardMetrics };

/** Narrow an IPC message to ours. */
export function isInterviewMessage<T extends { interview: string }>(message: unknown): message is T {
  return typeof message === 'object' && message !== null && 'interview' in message;
}
