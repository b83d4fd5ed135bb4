// The per-session lock across instances: two Knex pools on one database never run the same key at once.
import { afterAll, describe, expect, it } from 'vitest';
import { createLeaseLock } from '../../src/stores/lease-lock.js';
import { testDatabases } from '../helpers/databases.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabases())('lease lock on $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  const twoInstances = async () => {
    const db = await database.create({ file: true });
    cleanups.push(db.destroy);
    return [createLeaseLock(db.knex), createLeaseLock(db.connect())] as const;
  };

  it('runs work on one key one at a time across two instances, and other keys alongside', async () => {
    const [one, two] = await twoInstances();
    const inside = new Map<string, number>();
    let overlaps = 0;
    let parallelKeys = 0;
    const work = (key: string) => async () => {
      const now = (inside.get(key) ?? 0) + 1;
      inside.set(key, now);
      if (now > 1) overlaps += 1;
      if ([...inside.values()].filter((n) => n > 0).length > 1) parallelKeys += 1;
      await sleep(15);
      inside.set(key, (inside.get(key) ?? 1) - 1);
    };
    const runs = [];
    for (let i = 0; i < 12; i += 1) {
      runs.push(
        one.withLock('session:7', work('session:7')),
        two.withLock('session:7', work('session:7')),
        two.withLock('start:3', work('start:3')),
      );
    }
    await Promise.all(runs);
    expect(overlaps).toBe(0);
    expect(parallelKeys).toBeGreaterThan(0);
  });

  it('takes over a lease whose holder stopped renewing it (a crashed instance)', async () => {
    const db = await database.create({ file: true });
    cleanups.push(db.destroy);
    await db
      .knex('session_locks')
      .insert({ lock_key: 'session:9', owner: 'dead', expires_at: Date.now() - 1 });
    const lock = createLeaseLock(db.connect());
    expect(await lock.withLock('session:9', async () => 'ran')).toBe('ran');
    expect(await db.knex('session_locks')).toEqual([]);
  });

  it("keeps a long holder's lease alive so nobody takes it over mid-work", async () => {
    const db = await database.create({ file: true });
    cleanups.push(db.destroy);
    const holder = createLeaseLock(db.knex, { leaseMs: 150 });
    const waiter = createLeaseLock(db.connect(), { leaseMs: 150 });
    const order: string[] = [];
    const long = holder.withLock('session:1', async () => {
      order.push('holder in');
      await sleep(600);
      order.push('holder out');
    });
    await sleep(50);
    await waiter.withLock('session:1', async () => {
      order.push('waiter');
    });
    await long;
    expect(order).toEqual(['holder in', 'holder out', 'waiter']);
  });
});
