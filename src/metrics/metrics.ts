// The bot's Prometheus metrics: one registry per running bot (so tests can run several), with Node's
// default process metrics, and the instruments the decorators in instrument.ts feed.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds buckets for replies to a member (fast: a database round trip or two). */
const REPLY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Seconds buckets for model calls and CV parsing (slow: up to the model's own timeout). */
const SLOW_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 45, 90];

/** Queue figures read at scrape time. */
export interface QueueSnapshot {
  /** Jobs due now and not yet claimed. */
  due: number;
  /** Age in seconds of the oldest due job (0 when none). */
  oldestAgeSeconds: number;
}

export interface BotMetrics {
  registry: Registry;
  sessions: Counter<'outcome'>;
  messages: Counter<'platform' | 'kind' | 'result'>;
  ackSeconds: Histogram<'platform' | 'kind'>;
  modelCalls: Counter<'provider' | 'operation' | 'outcome'>;
  modelSeconds: Histogram<'provider' | 'operation'>;
  fallbacks: Counter<'provider' | 'operation'>;
  cvParseSeconds: Histogram<'result'>;
  cvRefusals: Counter<'reason'>;
  /** Read the job queue when Prometheus scrapes (set by the core, which owns the jobs store). */
  watchQueue(read: () => Promise<QueueSnapshot>): void;
}

/** Create a registry with every metric of the bot; `prefix` names them (default `interview_`). */
export function createBotMetrics(prefix = 'interview_'): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let readQueue: (() => Promise<QueueSnapshot>) | undefined;
  let lastQueue: Promise<QueueSnapshot> | undefined;
  // Both gauges come from one query per scrape.
  const queue = () => {
    lastQueue ??= (readQueue?.() ?? Promise.resolve({ due: 0, oldestAgeSeconds: 0 })).finally(() => {
      setTimeout(() => {
        lastQueue = undefined;
      }, 0);
    });
    return lastQueue;
  };
  new Gauge({
    name: `${prefix}job_queue_depth`,
    help: 'Background jobs due and waiting for a worker (all instances share the queue).',
    registers,
    // Every shard reads the same shared queue: merging their readings must not add them up.
    aggregator: 'max',
    async collect() {
      this.set((await queue()).due);
    },
  });
  new Gauge({
    name: `${prefix}job_queue_oldest_age_seconds`,
    help: 'How long the oldest due job has been waiting.',
    registers,
    aggregator: 'max',
    async collect() {
      this.set((await queue()).oldestAgeSeconds);
    },
  });
  const sessions = new Counter({
    name: `${prefix}sessions_total`,
    help: 'Interviews by outcome: started, completed (full report), abandoned (ended early or aborted).',
    labelNames: ['outcome'],
    registers,
  });
  // Present from the first scrape, so a rate() over a fresh instance is 0 rather than missing.
  for (const outcome of ['started', 'completed', 'abandoned']) sessions.inc({ outcome }, 0);
  return {
    registry,
    sessions,
    messages: new Counter({
      name: `${prefix}messages_handled_total`,
      help: 'Inbound events handled: commands, messages and button clicks, by result.',
      labelNames: ['platform', 'kind', 'result'],
      registers,
    }),
    ackSeconds: new Histogram({
      name: `${prefix}ack_latency_seconds`,
      help: 'Time from an inbound event to the reply the platform acknowledges it with.',
      labelNames: ['platform', 'kind'],
      buckets: REPLY_BUCKETS,
      registers,
    }),
    modelCalls: new Counter({
      name: `${prefix}model_calls_total`,
      help: 'Language-model calls by provider, operation and outcome (skips included).',
      labelNames: ['provider', 'operation', 'outcome'],
      registers,
    }),
    modelSeconds: new Histogram({
      name: `${prefix}model_call_seconds`,
      help: 'Language-model call latency by provider and operation.',
      labelNames: ['provider', 'operation'],
      buckets: SLOW_BUCKETS,
      registers,
    }),
    fallbacks: new Counter({
      name: `${prefix}model_fallbacks_total`,
      help: 'Calls a provider handed on to the next one in the chain (failed, timed out, or skipped).',
      labelNames: ['provider', 'operation'],
      registers,
    }),
    cvParseSeconds: new Histogram({
      name: `${prefix}cv_parse_seconds`,
      help: 'CV check and text extraction time, by result (ok or refused).',
      labelNames: ['result'],
      buckets: SLOW_BUCKETS,
      registers,
    }),
    cvRefusals: new Counter({
      name: `${prefix}cv_refusals_total`,
      help: 'CVs refused, by reason (not_pdf, too_big, too_many_pages, encrypted, scanned, ...).',
      labelNames: ['reason'],
      registers,
    }),
    watchQueue(read) {
      readQueue = read;
    },
  };
}
