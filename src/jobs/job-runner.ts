// Workers that claim jobs from the table, run their handlers, and retry failures with backoff.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { JobRecord, JobsStore, NewJob } from '../stores/jobs-store.js';

/**
 * A job handler; throwing schedules a retry (or a permanent failure after the last attempt). `signal`
 * aborts when the runner stops: pass it to slow calls (model calls) so a shutdown does not wait on them.
 */
export type JobHandler = (job: JobRecord, signal: AbortSignal) => Promise<void>;

export interface JobRunnerOptions {
  store: JobsStore;
  handlers: Record<string, JobHandler>;
  concurrency: number;
  pollMs: number;
  logger: Logger;
  /** How long a claimed job is leased before another worker may take it over. */
  leaseMs?: number | undefined;
  now?: () => number;
}

export interface JobRunner {
  /** Enqueue and wake the workers at once (no waiting for the next poll). */
  enqueue(job: NewJob): Promise<boolean>;
  start(): void;
  /** Stop claiming; wait for running handlers to finish. */
  stop(): Promise<void>;
  /** Resolve when no job is due or running (future-dated jobs do not count). */
  whenIdle(timeoutMs?: number): Promise<boolean>;
}

/** Backoff before retry `attempt` (1-based): exponential with full jitter, capped at a minute. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(60_000, 1000 * 2 ** (attempt - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

/** Create a job runner; call `start()` to begin polling. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { store, handlers, logger } = options;
  const now = options.now ?? Date.now;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const workerId = randomUUID().slice(0, 12);
  const running = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let started = false;
  let pumping = false;
  let pumpAgain = false;
  let stopping = new AbortController();

  const runJob = async (job: JobRecord) => {
    const handler = handlers[job.type];
    const log = logger.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
    try {
      if (!handler) throw new Error(`no handler for job type ${job.type}`);
      await handler(job, stopping.signal);
      await store.complete(job.id, now(), workerId);
    } catch (error) {
      if (stopping.signal.aborted) {
        // Interrupted by a shutdown, not failed: hand it back so the next start runs it at once.
        await store
          .release(job.id, now(), workerId)
          .catch((e) => log.error({ err: e }, 'could not release an interrupted job'));
        return;
      }
      const last = job.attempts >= job.maxAttempts;
      const retryAt = last ? null : now() + retryDelayMs(job.attempts);
      log[last ? 'error' : 'warn']({ err: error }, last ? 'job failed for good' : 'job failed; will retry');
      await store
        .fail(job.id, error instanceof Error ? error.message : String(error), retryAt, now())
        .catch((e) => log.error({ err: e }, 'could not record job failure'));
    }
  };

  /** Run a claimed job in a slot; when it ends, look for more only if claims may have left some behind. */
  const launch = (job: JobRecord) => {
    const promise = runJob(job).finally(() => {
      running.delete(promise);
      if (backlog) void pump();
    });
    running.add(promise);
  };

  // True when due jobs may be waiting in the table for a slot of ours (a full claim, or an enqueue while
  // every slot was busy). Without it, a finished job does not cost a claim query; the poll still runs.
  let backlog = true;
  // Slots promised to jobs being inserted as ours, so concurrent enqueues never overfill the runner.
  let reserved = 0;

  const pump = async (reap = false) => {
    if (!started) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        const free = options.concurrency - running.size - reserved;
        if (free <= 0) break;
        const jobs = await store.claim(workerId, free, leaseMs, now(), { reap });
        reap = false;
        for (const job of jobs) launch(job);
        backlog = jobs.length === free;
        if (backlog) pumpAgain = true;
      } while (pumpAgain && started);
    } catch (error) {
      logger.error({ err: error }, 'could not claim jobs');
    } finally {
      pumping = false;
    }
  };

  return {
    async enqueue(job) {
      const at = now();
      const due = (job.runAt ?? at) <= at;
      if (started && due && running.size + reserved < options.concurrency) {
        // A free slot here: insert the job as ours and run it, with no claim round trip.
        reserved += 1;
        try {
          const claimed = await store.enqueueClaimed(job, workerId, leaseMs, at);
          if (claimed) launch(claimed);
          return claimed !== undefined;
        } finally {
          reserved -= 1;
        }
      }
      const added = await store.enqueue(job, at);
      if (due) {
        backlog = true;
        void pump();
      }
      return added;
    },
    start() {
      if (started) return;
      started = true;
      stopping = new AbortController();
      timer = setInterval(() => void pump(true), options.pollMs);
      timer.unref();
      void pump(true);
    },
    async stop() {
      started = false;
      if (timer) clearInterval(timer);
      stopping.abort();
      await Promise.allSettled([...running]);
    },
    async whenIdle(timeoutMs = 120_000) {
      const deadline = now() + timeoutMs;
      while (now() < deadline) {
        if (running.size === 0 && (await store.countOutstanding(now())) === 0) return true;
        void pump();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    },
  };
}
