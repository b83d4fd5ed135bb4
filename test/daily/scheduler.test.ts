// The question of the day is scheduled through the job table: on time in the channel's zone, once per
// day across restarts and several job runners, and once (not a backlog) after the bot was down.
import { afterEach, describe, expect, it } from 'vitest';
import { type CreatedDatabase, testDatabases } from '../helpers/databases.js';
import { createChannelMessenger } from '../fakes/channel-messenger.js';
import { admin, CHANNEL, type DailyRig, startDailyRig } from './daily-rig.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** 07:00 on Tuesday 8 December 2026 in Seoul (22:00 UTC the day before). */
const SEOUL_MORNING = Date.UTC(2026, 11, 7, 22, 0);
/** 09:00 in Seoul that day. */
const SEOUL_NINE = Date.UTC(2026, 11, 8, 0, 0);

describe.each(testDatabases())('daily question scheduling on $name', (database) => {
  let db: CreatedDatabase | undefined;
  const rigs: DailyRig[] = [];
  afterEach(async () => {
    for (const rig of rigs.splice(0)) await rig.stop().catch(() => undefined);
    await db?.destroy();
    db = undefined;
  });

  const setUp = async () => {
    db = await database.create({ file: true });
    const clock = { now: SEOUL_MORNING };
    const messenger = createChannelMessenger();
    const boot = async (knex = db!.connect()) => {
      const rig = await startDailyRig(knex, clock, messenger);
      rigs.push(rig);
      return rig;
    };
    const first = await boot(db.knex);
    expect(
      await first.daily(admin, { action: 'set', time: '09:00', timezone: 'Asia/Seoul', position: 'be' }),
    ).toMatch(/every day at 09:00 \(Asia\/Seoul\)/);
    return { clock, messenger, first, boot };
  };

  const idle = async (...rigsToWait: DailyRig[]) => {
    for (const rig of rigsToWait) expect(await rig.core.runner.whenIdle(10_000)).toBe(true);
  };

  const postedDays = async (rig: DailyRig) =>
    (await rig.core.daily.store.listPosts('slack', 'T1', CHANNEL)).map((post) => post.localDay);

  it('posts at 09:00 Seoul time, not before, on the Seoul calendar day', async () => {
    const { clock, messenger, first } = await setUp();
    clock.now = SEOUL_NINE - 60_000;
    await idle(first);
    expect(messenger.posts(CHANNEL)).toHaveLength(0);
    clock.now = SEOUL_NINE + 1000;
    await idle(first);
    expect(messenger.posts(CHANNEL)).toHaveLength(1);
    expect(await postedDays(first)).toEqual(['2026-12-08']);
  });

  it('posts once when the bot restarts after the post, and once again the next day', async () => {
    const { clock, messenger, first, boot } = await setUp();
    clock.now = SEOUL_NINE + 1000;
    await idle(first);
    await first.stop();
    clock.now = SEOUL_NINE + 2 * HOUR;
    const second = await boot();
    await idle(second);
    expect(messenger.posts(CHANNEL)).toHaveLength(1);
    clock.now = SEOUL_NINE + DAY + 1000;
    await idle(second);
    expect(await postedDays(second)).toEqual(['2026-12-08', '2026-12-09']);
    expect(messenger.posts(CHANNEL)).toHaveLength(2);
  });

  it('posts once, for today, when it comes back after three days down', async () => {
    const { clock, messenger, first, boot } = await setUp();
    clock.now = SEOUL_NINE + 1000;
    await idle(first);
    await first.stop();
    clock.now = SEOUL_NINE + 3 * DAY + 2 * HOUR;
    const back = await boot();
    await idle(back);
    expect(await postedDays(back)).toEqual(['2026-12-08', '2026-12-11']);
    expect(messenger.posts(CHANNEL)).toHaveLength(2);
  });

  it('posts once with two job runners on one database', async () => {
    const { clock, messenger, first, boot } = await setUp();
    const second = await boot();
    clock.now = SEOUL_NINE + 1000;
    await idle(first, second);
    expect(messenger.posts(CHANNEL)).toHaveLength(1);
    const jobs = await first.core.knex('jobs').where({ type: 'daily-post' }).select('dedupe_key', 'status');
    expect(jobs.filter((job) => String(job.dedupe_key).includes(':2026-12-08@'))).toHaveLength(1);
  });

  it('does not owe a post whose time had already passed when the schedule was set', async () => {
    db = await database.create({ file: true });
    const clock = { now: SEOUL_NINE + HOUR };
    const rig = await startDailyRig(db.knex, clock);
    rigs.push(rig);
    await rig.daily(admin, { action: 'set', time: '09:00', timezone: 'Asia/Seoul' });
    await idle(rig);
    expect(rig.messenger.posts(CHANNEL)).toHaveLength(0);
    clock.now = SEOUL_NINE + DAY;
    await idle(rig);
    expect(await postedDays(rig)).toEqual(['2026-12-09']);
  });
});
