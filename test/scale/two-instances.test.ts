// Two complete bots (two cores, two connection pools) on one PostgreSQL or MariaDB, 30 members whose
// messages go to either bot at random (some delivered to both at once, as a retried webhook would be):
// every answer stored once, every question asked once, every report sent once, every job claimed once.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventSink } from '../../commands/dispatch.js';
import { createSilentLogger } from '../../src/logger.js';
import type {
  Attachment,
  ConversationRef,
  EventSink,
  InboundEvent,
  UserRef,
} from '../../src/platform/types.js';
import { createEngineHarness, type EngineHarness, fakePdf } from '../engine/engine-harness.js';
import { plain } from '../fakes/recording-messenger.js';
import { testDatabases } from '../helpers/databases.js';

const MEMBERS = 30;
const QUESTIONS = 5; // 2 technical, 1 behavioural, 2 from the CV
const shared = testDatabases().filter((database) => database.name !== 'sqlite');

/** A deterministic coin, so a failure can be replayed. */
function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** An event before it is addressed: each kind keeps its own fields. */
type EventBody = InboundEvent extends infer E
  ? E extends InboundEvent
    ? Omit<E, 'eventId' | 'user'>
    : never
  : never;

interface Bot {
  harness: EngineHarness;
  sink: EventSink;
}

describe.runIf(shared.length > 0).each(shared)('two instances on one $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('interviews 30 members whose messages alternate at random between the two bots', async () => {
    const db = await database.create();
    cleanups.push(db.destroy);
    const clock = { now: Date.UTC(2026, 10, 1, 9, 0, 0) };
    const bots: Bot[] = [];
    for (const knex of [db.knex, db.connect()]) {
      const harness = await createEngineHarness({ JOB_CONCURRENCY: '4' }, { knex, clock });
      cleanups.push(() => harness.stop());
      const sink = createEventSink({
        services: harness.services,
        events: harness.core.events,
        logger: createSilentLogger(),
      });
      bots.push({ harness, sink });
    }
    const random = seededRandom(13);
    const replies = new Map<string, string[]>();

    /** Deliver one event to one bot at random, or to both at once (a redelivery racing the original). */
    const deliver = async (user: UserRef, event: EventBody) => {
      const full = { ...event, eventId: randomUUID(), user } as InboundEvent;
      const roll = random();
      const targets = roll < 0.2 ? bots : [bots[roll < 0.6 ? 0 : 1]!];
      const answers = await Promise.all(targets.map((bot) => bot.sink(full)));
      replies.get(user.userId)!.push(...answers.flat().map(plain));
    };
    /** Everything the member saw: the DMs either bot sent, and the direct replies. */
    const seen = (user: UserRef) =>
      [...bots.map((bot) => bot.harness.messenger.text(user.userId)), ...replies.get(user.userId)!].join(
        '\n',
      );
    const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    const waitUntil = async (user: UserRef, pattern: RegExp, times = 1) => {
      const deadline = Date.now() + 90_000;
      while (count(seen(user), pattern) < times) {
        if (Date.now() > deadline)
          throw new Error(`${user.userId}: waited for ${pattern}:\n${seen(user).slice(-1500)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    const interview = async (index: number) => {
      const user: UserRef = {
        platform: 'slack',
        workspaceId: 'T1',
        userId: `member-${index}`,
        isAdmin: false,
      };
      replies.set(user.userId, []);
      const general: ConversationRef = { platform: 'slack', workspaceId: 'T1', channelId: 'general' };
      const dm: ConversationRef = { platform: 'slack', workspaceId: 'T1', channelId: `dm:${user.userId}` };
      await deliver(user, {
        kind: 'command',
        where: general,
        name: 'start',
        options: { position: 'be' },
        attachments: [],
      });
      const cv: Attachment = fakePdf();
      await deliver(user, { kind: 'message', where: dm, text: '', attachments: [cv] });
      for (let n = 1; n <= QUESTIONS; n += 1) {
        await waitUntil(user, new RegExp(`Question ${n} of ${QUESTIONS}`));
        const text = `Answer ${n} of ${user.userId}: an index keeps keys sorted so lookups read log n pages; a cache trades memory for latency.`;
        await deliver(user, { kind: 'message', where: dm, text, attachments: [] });
      }
      await waitUntil(user, /Interview report/);
    };
    await Promise.all(Array.from({ length: MEMBERS }, (_, index) => interview(index)));
    for (const bot of bots) expect(await bot.harness.core.runner.whenIdle(60_000)).toBe(true);

    for (let index = 0; index < MEMBERS; index += 1) {
      const text = seen({ platform: 'slack', workspaceId: 'T1', userId: `member-${index}`, isAdmin: false });
      for (let n = 1; n <= QUESTIONS; n += 1)
        expect(count(text, new RegExp(`Question ${n} of ${QUESTIONS}`))).toBe(1);
      expect(count(text, /Interview report/)).toBe(1);
      expect(text).not.toMatch(/something went wrong/);
    }
    const knex = db.knex;
    const sessions = await knex('sessions');
    expect(sessions).toHaveLength(MEMBERS);
    expect(sessions.every((s) => s.state === 'completed' && s.report_sent_at !== null)).toBe(true);
    const turns = await knex('turns');
    expect(turns).toHaveLength(MEMBERS * QUESTIONS);
    for (const session of sessions) {
      const own = turns.filter((turn) => turn.session_id === session.id);
      expect(own.map((turn) => turn.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
      expect(own.every((turn) => turn.status === 'answered' && /^Answer \d/.test(turn.answer))).toBe(true);
      expect(new Set(own.map((turn) => turn.answer)).size).toBe(QUESTIONS);
      const bankQuestions = own.map((turn) => turn.question_id).filter(Boolean);
      expect(new Set(bankQuestions).size).toBe(bankQuestions.length);
    }
    const jobs = await knex('jobs');
    expect(jobs.length).toBeGreaterThan(0);
    // Report deadlines are set ahead of the (frozen) clock and stay queued; everything due ran once…
    const due = jobs.filter((job) => Number(job.run_at) <= clock.now);
    expect(due.filter((job) => job.status !== 'done')).toEqual([]);
    expect(due.filter((job) => Number(job.attempts) !== 1)).toEqual([]);
    // …and nothing waits for a retry: a job that failed would be in the future with an attempt spent.
    expect(jobs.filter((job) => Number(job.run_at) > clock.now && Number(job.attempts) > 0)).toEqual([]);
    expect(await knex('session_locks')).toEqual([]);
  }, 300_000);
});

describe.skipIf(shared.length > 0)('two instances on one shared database', () => {
  it.skip('needs TEST_POSTGRES_URL or TEST_MYSQL_URL', () => {});
});
