// A member's message costs a handful of database round trips on every dialect, background evaluation included.
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabases } from '../helpers/databases.js';
import { createEngineHarness, type EngineHarness } from './engine-harness.js';

/**
 * The ceiling on queries per member message, on average over an interview. It was 26.8 (SQLite) before
 * issue 10; the goal is 10. Lower it as queries go; never raise it for new work. It was 18 until a
 * quiet run measured 16.4–17.2 and a loaded CI run 18.2 for the same code: how the answers and their
 * background evaluations interleave moves the count by up to ~1.6 a message, so the ceiling is the
 * measured spread's top, 19.
 */
const QUERIES_PER_MESSAGE = 19;

/**
 * The cross-process session lock (a lease row on PostgreSQL and MariaDB, issue 13) costs its own
 * statements: take and release per locked operation. Counted apart so the ceiling above still
 * measures the engine's own work, and held to its own ceiling. SQLite's lock is in memory (none).
 */
const LOCK_QUERIES_PER_MESSAGE = 4;

/** Count the statements `knex` sends (BEGIN and COMMIT included), grouped by their first words. */
function countQueries(knex: Knex) {
  const seen = new Map<string, number>();
  let total = 0;
  const listener = (query: { sql: string }) => {
    total += 1;
    const key = query.sql.replace(/\s+/g, ' ').slice(0, 60);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  };
  knex.on('query', listener);
  return {
    total: () => total,
    stop: () => knex.removeListener('query', listener),
    breakdown: () => [...seen].sort((a, b) => b[1] - a[1]),
  };
}

const ANSWER =
  'An index keeps keys sorted in a B-tree so lookups are logarithmic; it costs memory and slows writes, and I measured p99 before and after adding one.';

describe.each(testDatabases())('queries per member message on $name', (database: TestDatabase) => {
  let h: EngineHarness | undefined;
  let destroy: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await h?.stop();
    await destroy?.();
    h = undefined;
  });

  it(`answers a whole interview in at most ${QUERIES_PER_MESSAGE} queries per message, evaluations included`, async () => {
    const created = await database.create({ migrate: false });
    destroy = created.destroy;
    // No idle polling inside the measured window: the runner wakes on each enqueue.
    h = await createEngineHarness({ JOB_POLL_MS: '600000' }, { knex: created.knex });
    const alice = h.user('alice');
    await h.command(alice, 'start', { position: 'be' });
    await h.upload(alice);
    await h.waitFor(alice, /Question 1 of 5/);
    await h.core.runner.whenIdle(10_000);

    const counter = countQueries(created.knex);
    let messages = 0;
    for (let question = 1; question <= 5; question += 1) {
      await h.say(alice, ANSWER);
      messages += 1;
      const next = question === 5 ? /Interview report/ : new RegExp(`Question ${question + 1} of 5`);
      await h.waitFor(alice, next);
    }
    // The last evaluations finish just before the report; let the runner mark their jobs done.
    await new Promise((resolve) => setTimeout(resolve, 200));
    counter.stop();
    const breakdown = counter.breakdown();
    const lockQueries = breakdown
      .filter(([sql]) => /session_locks/.test(sql))
      .reduce((sum, [, count]) => sum + count, 0);
    const perMessage = (counter.total() - lockQueries) / messages;
    expect(perMessage, JSON.stringify(breakdown, null, 1)).toBeLessThanOrEqual(QUERIES_PER_MESSAGE);
    expect(lockQueries / messages, JSON.stringify(breakdown, null, 1)).toBeLessThanOrEqual(
      LOCK_QUERIES_PER_MESSAGE,
    );
  });
});
