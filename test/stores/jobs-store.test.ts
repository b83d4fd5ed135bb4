// The job queue: once-only enqueue, leased claims that survive a dead worker, retries, and safe
// concurrent claiming by two instances sharing one database — on every dialect.
import type { Knex } from 'knex';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJobsStore, type JobsStore } from '../../src/stores/jobs-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);
const LEASE = 60_000;

describe.each(testDatabases())('jobs store on $name', (database) => {
  let knex: Knex;
  let second: Knex;
  let store: JobsStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create({ file: true });
    destroy = created.destroy;
    knex = created.knex;
    second = created.connect();
    store = createJobsStore(knex);
  });
  beforeEach(async () => {
    await knex('jobs').delete();
  });
  afterAll(async () => {
    await destroy();
  });

  const statusOf = async (id: number) => (await knex('jobs').where({ id }).first())?.status as string;

  it('enqueues a job with a dedupe key once and ignores later attempts', async () => {
    const job = { type: 'evaluate', payload: { turnId: 7 }, dedupeKey: 'evaluate:7' };
    expect(await store.enqueue(job, NOW)).toBe(true);
    expect(await store.enqueue({ ...job, payload: { turnId: 8 } }, NOW + 1)).toBe(false);
    expect(await store.enqueue({ type: 'evaluate', payload: { turnId: 7 } }, NOW)).toBe(true);
    expect(await store.enqueue({ type: 'evaluate', payload: { turnId: 7 } }, NOW)).toBe(true);
    const claimed = await store.claim('w1', 10, LEASE, NOW);
    expect(claimed.map((j) => j.payload)).toEqual([{ turnId: 7 }, { turnId: 7 }, { turnId: 7 }]);
  });

  it('keeps one job when the same dedupe key is enqueued simultaneously', async () => {
    const job = { type: 'generate', payload: { sessionId: 1 }, dedupeKey: 'generate:1' };
    const results = await Promise.all(Array.from({ length: 4 }, () => store.enqueue(job, NOW)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.countOutstanding(NOW)).toBe(1);
  });

  it('claims due jobs only, oldest run time first, and returns them as enqueued', async () => {
    await store.enqueue({ type: 'later', payload: {}, runAt: NOW + 1_000 }, NOW);
    await store.enqueue({ type: 'second', payload: { n: 2 }, runAt: NOW - 100 }, NOW);
    await store.enqueue(
      { type: 'first', payload: { n: 1, text: '결제 🚀' }, runAt: NOW - 200, maxAttempts: 3 },
      NOW,
    );
    await store.enqueue({ type: 'now', payload: {} }, NOW);

    const claimed = await store.claim('w1', 10, LEASE, NOW);
    expect(claimed.map((j) => j.type)).toEqual(['first', 'second', 'now']);
    expect(claimed[0]).toEqual({
      id: claimed[0]!.id,
      type: 'first',
      payload: { n: 1, text: '결제 🚀' },
      attempts: 1,
      maxAttempts: 3,
      runAt: NOW - 200,
    });
    expect(claimed[2]?.maxAttempts).toBe(5);
    expect(await store.claim('w2', 10, LEASE, NOW)).toEqual([]);
    expect((await store.claim('w2', 10, LEASE, NOW + 1_000)).map((j) => j.type)).toEqual(['later']);
  });

  it('claims no more than the limit', async () => {
    for (let i = 0; i < 5; i += 1) await store.enqueue({ type: 'batch', payload: { i } }, NOW);
    expect((await store.claim('w1', 2, LEASE, NOW)).map((j) => j.payload.i)).toEqual([0, 1]);
    expect((await store.claim('w1', 2, LEASE, NOW)).map((j) => j.payload.i)).toEqual([2, 3]);
    expect((await store.claim('w1', 2, LEASE, NOW)).map((j) => j.payload.i)).toEqual([4]);
  });

  it('leases a claimed job to its worker and writes the lease down', async () => {
    await store.enqueue({ type: 'evaluate', payload: {} }, NOW);
    const [job] = await store.claim('worker-a', 1, LEASE, NOW);
    expect(await knex('jobs').where({ id: job!.id }).first()).toMatchObject({
      status: 'running',
      locked_by: 'worker-a',
      attempts: 1,
    });
    expect(Number((await knex('jobs').where({ id: job!.id }).first()).locked_until)).toBe(NOW + LEASE);
    expect(await store.claim('worker-b', 1, LEASE, NOW + LEASE - 1)).toEqual([]);
  });

  it('hands a job whose lease expired (its worker died) to another worker, counting the attempt', async () => {
    await store.enqueue({ type: 'evaluate', payload: { turnId: 1 } }, NOW);
    const [first] = await store.claim('died', 1, LEASE, NOW);
    expect(first?.attempts).toBe(1);
    const [again] = await store.claim('survivor', 1, LEASE, NOW + LEASE + 1);
    expect(again).toMatchObject({ id: first!.id, attempts: 2, payload: { turnId: 1 } });
    expect((await knex('jobs').where({ id: first!.id }).first()).locked_by).toBe('survivor');
  });

  it('fails a job for good when its worker died on the last attempt, instead of handing it out forever', async () => {
    await store.enqueue({ type: 'crashy', payload: {}, maxAttempts: 2 }, NOW);
    const [first] = await store.claim('w1', 1, LEASE, NOW);
    const [second] = await store.claim('w2', 1, LEASE, NOW + LEASE + 1);
    expect(second?.attempts).toBe(2);
    expect(await store.claim('w3', 1, LEASE, NOW + 2 * LEASE + 2)).toEqual([]);
    expect(await statusOf(first!.id)).toBe('failed');
  });

  it('ignores a completion from a worker whose lease was taken over', async () => {
    await store.enqueue({ type: 'slow', payload: {} }, NOW);
    const [job] = await store.claim('w1', 1, LEASE, NOW);
    await store.claim('w2', 1, LEASE, NOW + LEASE + 1);
    await store.complete(job!.id, NOW + LEASE + 2, 'w1');
    expect(await statusOf(job!.id)).toBe('running');
    await store.complete(job!.id, NOW + LEASE + 3, 'w2');
    expect(await statusOf(job!.id)).toBe('done');
  });

  it('requeues a failed job at its retry time and fails it for good without one', async () => {
    await store.enqueue({ type: 'flaky', payload: {} }, NOW);
    const [job] = await store.claim('w1', 1, LEASE, NOW);
    await store.fail(job!.id, 'HTTP 503 from provider', NOW + 5_000, NOW + 10);
    expect(await statusOf(job!.id)).toBe('queued');
    expect(await store.nextRunAt()).toBe(NOW + 5_000);
    expect(await store.claim('w1', 1, LEASE, NOW + 4_999)).toEqual([]);
    const [retried] = await store.claim('w1', 1, LEASE, NOW + 5_000);
    expect(retried).toMatchObject({ id: job!.id, attempts: 2, runAt: NOW + 5_000 });

    await store.fail(job!.id, 'x'.repeat(5_000), null, NOW + 6_000);
    const row = await knex('jobs').where({ id: job!.id }).first();
    expect(row).toMatchObject({ status: 'failed', locked_by: null, locked_until: null });
    expect(row.last_error).toHaveLength(2_000);
    expect(await store.claim('w1', 1, LEASE, NOW + 1_000_000)).toEqual([]);
    expect(await store.nextRunAt()).toBeNull();
  });

  it('completes a job so it is never claimed again', async () => {
    await store.enqueue({ type: 'once', payload: {} }, NOW);
    const [job] = await store.claim('w1', 1, LEASE, NOW);
    await store.complete(job!.id, NOW + 1);
    expect(await statusOf(job!.id)).toBe('done');
    expect(await store.claim('w1', 1, LEASE, NOW + 10 * LEASE)).toEqual([]);
    expect(await store.countOutstanding(NOW + 10 * LEASE)).toBe(0);
  });

  it('counts due and running jobs as outstanding, and says when the next queued one is due', async () => {
    expect(await store.countOutstanding(NOW)).toBe(0);
    expect(await store.nextRunAt()).toBeNull();
    await store.enqueue({ type: 'due', payload: {} }, NOW);
    await store.enqueue({ type: 'running', payload: {}, runAt: NOW - 10 }, NOW);
    await store.enqueue({ type: 'future', payload: {}, runAt: NOW + 30_000 }, NOW);
    const [running] = await store.claim('w1', 1, LEASE, NOW);
    expect(running?.type).toBe('running');
    expect(await store.countOutstanding(NOW)).toBe(2);
    expect(await store.countOutstanding(NOW + 30_000)).toBe(3);
    expect(await store.nextRunAt()).toBe(NOW);
    const [due] = await store.claim('w1', 1, LEASE, NOW);
    await store.complete(due!.id, NOW);
    await store.complete(running!.id, NOW);
    expect(await store.countOutstanding(NOW)).toBe(0);
    expect(await store.nextRunAt()).toBe(NOW + 30_000);
  });

  it('never gives the same job to two instances claiming at the same time', async () => {
    for (let i = 0; i < 50; i += 1) await store.enqueue({ type: 'race', payload: { i } }, NOW);
    // Two instances (separate connection pools on one database), two workers each, polling until empty.
    const workers = [
      { id: 'a1', store: createJobsStore(knex) },
      { id: 'a2', store: createJobsStore(knex) },
      { id: 'b1', store: createJobsStore(second) },
      { id: 'b2', store: createJobsStore(second) },
    ];
    const claims = new Map<string, number[]>();
    let claimed = 0;
    const run = async ({ id, store: instance }: (typeof workers)[number]) => {
      const ids: number[] = [];
      claims.set(id, ids);
      // A claimer may see nothing while another holds row locks (MariaDB locks every row it scans),
      // so it polls again until all 50 are taken; the bound only stops a broken store from hanging.
      for (let round = 0; round < 500 && claimed < 50; round += 1) {
        const jobs = await instance.claim(id, 2, LEASE, NOW);
        ids.push(...jobs.map((job) => job.id));
        claimed += jobs.length;
        if (jobs.length === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(workers.map(run));

    const all = [...claims.values()].flat();
    expect(all).toHaveLength(50);
    expect(new Set(all).size).toBe(50);
    const rows = await knex('jobs').select('id', 'attempts', 'locked_by', 'status');
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'running' });
      expect(Number(row.attempts)).toBe(1);
      expect(claims.get(String(row.locked_by))).toContain(Number(row.id));
    }
  });
});
