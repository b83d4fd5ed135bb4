// Background jobs in a table: enqueued, claimed by workers with a lease, retried, resumed after a restart.
import type { Knex } from 'knex';
import { dialectOf } from '../db/connection.js';
import { isUniqueViolation, retryOnDeadlock } from '../db/errors.js';
import { insertReturningId } from '../db/insert.js';
import { fromJson, toJson } from '../db/json.js';

export interface JobRecord {
  id: number;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  runAt: number;
}

export interface NewJob {
  type: string;
  payload: Record<string, unknown>;
  runAt?: number | undefined;
  /** A job with the same key is enqueued once; later calls are ignored. */
  dedupeKey?: string | undefined;
  maxAttempts?: number | undefined;
}

export interface JobsStore {
  /** Enqueue a job; returns false when a job with the same dedupe key exists. */
  enqueue(job: NewJob, now: number): Promise<boolean>;
  /**
   * Enqueue a job already claimed by `workerId` (one INSERT instead of an INSERT and a claim), for a worker
   * with a free slot that runs it at once. Undefined when a job with the same dedupe key exists.
   */
  enqueueClaimed(job: NewJob, workerId: string, leaseMs: number, now: number): Promise<JobRecord | undefined>;
  /**
   * Claim up to `limit` due jobs for `workerId`, leasing them for `leaseMs`. A running job whose lease
   * ran out (its worker died) is due again. Safe with several instances: SKIP LOCKED on PostgreSQL and
   * MySQL, a single UPDATE ... RETURNING statement on SQLite. `reap` (default true) first fails for good
   * the jobs whose worker died on their last attempt; a runner does that on its periodic poll only.
   */
  claim(
    workerId: string,
    limit: number,
    leaseMs: number,
    now: number,
    options?: { reap?: boolean },
  ): Promise<JobRecord[]>;
  /** Mark done; with `workerId`, only while that worker still holds the lease. */
  complete(id: number, now: number, workerId?: string): Promise<void>;
  /** Give back a job interrupted by a shutdown: due at once, the interrupted attempt not counted. */
  release(id: number, now: number, workerId: string): Promise<void>;
  /** Record a failure: retried at `retryAt`, or failed for good when attempts are used up. */
  fail(id: number, error: string, retryAt: number | null, now: number, workerId?: string): Promise<void>;
  /** How many of the jobs with these dedupe keys are still queued or running. */
  countPendingByKey(keys: string[]): Promise<number>;
  /** Jobs due now or running: what "idle" means for a graceful drain. */
  countOutstanding(now: number): Promise<number>;
  /** When the next queued job becomes due, if any. */
  nextRunAt(): Promise<number | null>;
  /** Queued jobs already due, and when the oldest of them became due (for the queue metrics). */
  dueBacklog(now: number): Promise<{ due: number; oldestRunAt: number | null }>;
}

const toJob = (row: Record<string, unknown>): JobRecord => ({
  id: Number(row.id),
  type: String(row.type),
  payload: fromJson(row.payload, {}),
  attempts: Number(row.attempts),
  maxAttempts: Number(row.max_attempts),
  runAt: Number(row.run_at),
});

/** The row of a job as enqueued: queued, never attempted. */
const newJobRow = (job: NewJob, now: number) => ({
  type: job.type,
  payload: toJson(job.payload),
  status: 'queued',
  attempts: 0,
  max_attempts: job.maxAttempts ?? 5,
  run_at: job.runAt ?? now,
  dedupe_key: job.dedupeKey ?? null,
  created_at: now,
  updated_at: now,
});

/** Knex-backed job queue. */
export function createJobsStore(knex: Knex): JobsStore {
  const dialect = dialectOf(knex);
  // InnoDB's default REPEATABLE READ takes gap locks on which two claimers deadlock; READ COMMITTED does not.
  const claimIsolation: Knex.TransactionConfig =
    dialect === 'mysql' ? { isolationLevel: 'read committed' } : {};
  const dueQuery = (q: Knex.QueryBuilder, now: number) =>
    q.where((w) =>
      w
        .where((a) => a.where({ status: 'queued' }).where('run_at', '<=', now))
        .orWhere((b) =>
          b.where({ status: 'running' }).where('locked_until', '<', now).whereRaw('attempts < max_attempts'),
        ),
    );

  const store: JobsStore = {
    async enqueue(job, now) {
      try {
        await knex('jobs').insert(newJobRow(job, now));
        return true;
      } catch (error) {
        if (job.dedupeKey && isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async enqueueClaimed(job, workerId, leaseMs, now) {
      const row = {
        ...newJobRow(job, now),
        status: 'running',
        attempts: 1,
        locked_by: workerId,
        locked_until: now + leaseMs,
      };
      try {
        const id = await insertReturningId(knex, 'jobs', row);
        return { ...toJob({ ...row, id }), payload: job.payload };
      } catch (error) {
        if (job.dedupeKey && isUniqueViolation(error)) return undefined;
        throw error;
      }
    },
    async claim(workerId, limit, leaseMs, now, options = {}) {
      // A job whose worker died on its last attempt (crash, kill -9, out of memory) is not handed out
      // again: a job that kills its worker every time would otherwise loop forever.
      if (options.reap !== false)
        await knex('jobs')
          .where({ status: 'running' })
          .where('locked_until', '<', now)
          .whereRaw('attempts >= max_attempts')
          .update({
            status: 'failed',
            last_error: 'lease expired on the last attempt (the worker stopped)',
            locked_by: null,
            locked_until: null,
            updated_at: now,
          });
      if (dialect === 'sqlite') {
        // One UPDATE takes the write lock before it reads, so two processes on one file never both
        // pick the same rows; a deferred transaction (SELECT, then UPDATE) fails with SQLITE_BUSY instead.
        const due = dueQuery(knex('jobs').select('id'), now).orderBy('run_at').orderBy('id').limit(limit);
        const rows: Record<string, unknown>[] = await knex('jobs')
          .whereIn('id', due)
          .update(
            {
              status: 'running',
              locked_by: workerId,
              locked_until: now + leaseMs,
              attempts: knex.raw('attempts + 1'),
              updated_at: now,
            },
            ['*'],
          );
        return rows.map(toJob).sort((a, b) => a.runAt - b.runAt || a.id - b.id);
      }
      return knex.transaction(async (trx) => {
        const select = dueQuery(trx('jobs'), now).orderBy('run_at').orderBy('id').limit(limit);
        select.forUpdate().skipLocked();
        const rows: Record<string, unknown>[] = await select;
        if (rows.length === 0) return [];
        const ids = rows.map((row) => Number(row.id));
        await trx('jobs')
          .whereIn('id', ids)
          .update({
            status: 'running',
            locked_by: workerId,
            locked_until: now + leaseMs,
            attempts: trx.raw('attempts + 1'),
            updated_at: now,
          });
        return rows.map((row) => ({ ...toJob(row), attempts: Number(row.attempts) + 1 }));
      }, claimIsolation);
    },
    async complete(id, now, workerId) {
      await knex('jobs')
        .where({ id })
        .modify((q) => (workerId ? q.where({ locked_by: workerId }) : q))
        .update({ status: 'done', locked_by: null, locked_until: null, updated_at: now });
    },
    async release(id, now, workerId) {
      await knex('jobs')
        .where({ id, status: 'running', locked_by: workerId })
        .update({
          status: 'queued',
          run_at: now,
          attempts: knex.raw('case when attempts > 0 then attempts - 1 else 0 end'),
          locked_by: null,
          locked_until: null,
          updated_at: now,
        });
    },
    async fail(id, error, retryAt, now, workerId) {
      await knex('jobs')
        .where({ id })
        .modify((q) => (workerId ? q.where({ locked_by: workerId }) : q))
        .update({
          status: retryAt === null ? 'failed' : 'queued',
          run_at: retryAt ?? now,
          last_error: error.slice(0, 2000),
          locked_by: null,
          locked_until: null,
          updated_at: now,
        });
    },
    async countPendingByKey(keys) {
      if (keys.length === 0) return 0;
      const row = await knex('jobs')
        .whereIn('dedupe_key', keys)
        .whereIn('status', ['queued', 'running'])
        .count({ n: '*' })
        .first();
      return Number(row?.n ?? 0);
    },
    async countOutstanding(now) {
      const row = await knex('jobs')
        .where((w) =>
          w
            .where({ status: 'running' })
            .orWhere((q) => q.where({ status: 'queued' }).where('run_at', '<=', now)),
        )
        .count({ n: '*' })
        .first();
      return Number(row?.n ?? 0);
    },
    async dueBacklog(now) {
      const row = await knex('jobs')
        .where({ status: 'queued' })
        .where('run_at', '<=', now)
        .count({ n: '*' })
        .min({ oldest: 'run_at' })
        .first();
      const oldest = row?.oldest;
      return {
        due: Number(row?.n ?? 0),
        oldestRunAt: oldest === null || oldest === undefined ? null : Number(oldest),
      };
    },
    async nextRunAt() {
      const row = await knex('jobs').where({ status: 'queued' }).min({ at: 'run_at' }).first();
      return row?.at === null || row?.at === undefined ? null : Number(row.at);
    },
  };
  // With several instances on one MariaDB, two workers' updates of the jobs table can take index locks
  // in opposite orders; InnoDB rolls one back as a deadlock victim and expects it to be run again.
  return {
    ...store,
    claim: (...args) => retryOnDeadlock(() => store.claim(...args)),
    complete: (...args) => retryOnDeadlock(() => store.complete(...args)),
    release: (...args) => retryOnDeadlock(() => store.release(...args)),
    fail: (...args) => retryOnDeadlock(() => store.fail(...args)),
  };
}
