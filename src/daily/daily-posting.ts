// Posting the question of the day: choose it, claim the day's slot, post it with a thread and a tally,
// and keep exactly one next post scheduled in the job table.
import { type Platform, POSITIONS } from '../domain/types.js';
import { isChannelUnavailable } from '../platform/channel-errors.js';
import type { DailyChannel, DailyPost } from '../stores/daily-store.js';
import type { StoredQuestion } from '../stores/question-bank-store.js';
import { type DailyDeps, channelRef, workspaceKeyOf } from './daily-deps.js';
import { dailyPostMessage, positionsOf, tallyMessage } from './daily-messages.js';
import { addDays, isoWeekday, localDay } from './local-time.js';
import { chooseDailyQuestion } from './rotation.js';
import { type DailyRun, dailyPostKey, nextDailyRun } from './schedule.js';
import { t } from '../i18n/index.js';

/** How long a post collects answers before the tally shows the model answer. */
export const ANSWER_WINDOW_MS = 24 * 60 * 60 * 1000;

export type PostOutcome =
  | { kind: 'posted'; post: DailyPost }
  | { kind: 'taken' }
  | { kind: 'empty_bank' }
  | { kind: 'unavailable'; access: 'not_member' | 'not_found' };

type TechnicalQuestion = StoredQuestion & { kind: 'technical' };

/** The scheduling and posting half of the question of the day. */
export function createDailyPosting(deps: DailyDeps) {
  const { store } = deps;

  /** Enqueue the channel's next post; the dedupe key makes a second call (another instance, a restart) a no-op. */
  async function ensureScheduled(channel: DailyChannel): Promise<DailyRun> {
    const now = deps.now();
    const today = localDay(now, channel.timeZone);
    const slots = await store.slotsOn(channel.platform, channel.workspaceId, channel.channelId, today);
    const run = nextDailyRun({
      now,
      timeZone: channel.timeZone,
      postTime: channel.postTime,
      postedToday: slots.includes(today),
      configuredAt: channel.updatedAt,
    });
    await deps.enqueue({
      type: 'daily-post',
      payload: {
        platform: channel.platform,
        workspaceId: channel.workspaceId,
        channelId: channel.channelId,
        day: run.day,
        postTime: channel.postTime,
      },
      runAt: run.runAt,
      dedupeKey: `${dailyPostKey(channel, run.day)}@${channel.postTime}`,
    });
    return run;
  }

  async function candidatesFor(channel: DailyChannel): Promise<TechnicalQuestion[]> {
    const lists = await Promise.all(
      positionsOf(channel.positions, POSITIONS).map((position) =>
        deps.bank.listTechnical({
          position,
          language: channel.language,
          workspaceKey: workspaceKeyOf(channel),
        }),
      ),
    );
    return lists.flat().filter((q): q is TechnicalQuestion => q.kind === 'technical');
  }

  /**
   * Post one question in `slot`. The slot is claimed in the database before the platform is called,
   * so two runners that both got this far still post once; a refused post gives the slot back.
   */
  async function post(channel: DailyChannel, slot: string, day: string): Promise<PostOutcome> {
    const history = await store.listPosts(channel.platform, channel.workspaceId, channel.channelId);
    const question = chooseDailyQuestion(
      await candidatesFor(channel),
      history,
      positionsOf(channel.positions, POSITIONS),
      deps.random,
    );
    if (!question) return { kind: 'empty_bank' };
    const capability = deps.messenger.channels?.(channel.platform as Platform);
    if (!capability) return { kind: 'unavailable', access: 'not_found' };
    const id = await store.reservePost({
      platform: channel.platform,
      workspaceId: channel.workspaceId,
      channelId: channel.channelId,
      slot,
      localDay: day,
      questionId: question.dbId,
      position: question.position,
      topic: question.topic,
      difficulty: question.difficulty,
      language: channel.language,
      postedAt: deps.now(),
    });
    if (id === undefined) return { kind: 'taken' };
    const lang = channel.language;
    let posted: Awaited<ReturnType<typeof capability.postWithThread>>;
    try {
      posted = await capability.postWithThread(
        channelRef(channel),
        dailyPostMessage(question, lang, capability.replyMention()),
        t(lang, 'daily.thread_name', { day }),
      );
    } catch (error) {
      await store.releasePost(id);
      if (!isChannelUnavailable(error)) throw error;
      // The bot was removed from the channel: stop posting there until an admin sets it up again.
      await store.setEnabled(channel.platform, channel.workspaceId, false, error.access, deps.now());
      deps.logger.warn({ channelId: channel.channelId, access: error.access }, 'daily: cannot post; paused');
      return { kind: 'unavailable', access: error.access };
    }
    const threadId = posted.thread.threadId ?? posted.thread.channelId;
    await store.markPosted(id, { postMessageId: posted.post.messageId, threadId, tallyMessageId: null });
    try {
      const tally = await deps.messenger.send(posted.thread, tallyMessage(lang, 0, undefined));
      await store.setTallyMessage(id, tally.messageId);
    } catch (error) {
      // The post is out; the tally is created on the first answer instead.
      deps.logger.warn({ err: error, postId: id }, 'daily: could not post the tally');
    }
    const saved = (await store.getPost(id))!;
    await deps.enqueue({
      type: 'daily-close',
      payload: { postId: id },
      runAt: saved.postedAt + ANSWER_WINDOW_MS,
      dedupeKey: `daily-close:${id}`,
    });
    return { kind: 'posted', post: saved };
  }

  /** `/interview daily now`: today's post if there is none yet, otherwise an extra one ("day#2"). */
  async function postNow(channel: DailyChannel, options = { schedule: true }): Promise<PostOutcome> {
    const day = localDay(deps.now(), channel.timeZone);
    const slots = await store.slotsOn(channel.platform, channel.workspaceId, channel.channelId, day);
    const slot = slots.includes(day) ? `${day}#${slots.length + 1}` : day;
    const outcome = await post(channel, slot, day);
    if (options.schedule) await ensureScheduled(channel);
    return outcome;
  }

  /** The scheduled job: post the day's question once, never a stale day's, then schedule the next one. */
  async function runScheduled(payload: Record<string, unknown>): Promise<void> {
    const channel = await store.getChannel(String(payload.platform), String(payload.workspaceId));
    // Turned off, moved to another channel or given another time since: the new setup has its own job.
    if (!channel?.enabled || channel.channelId !== payload.channelId || channel.postTime !== payload.postTime)
      return;
    const today = localDay(deps.now(), channel.timeZone);
    if (payload.day === today) {
      const outcome = await post(channel, today, today);
      if (outcome.kind === 'unavailable') return;
      if (outcome.kind === 'posted' && channel.weeklyBoard && isoWeekday(today) === 1) {
        const weekStart = addDays(today, -7);
        await deps.enqueue({
          type: 'daily-board',
          payload: {
            platform: channel.platform,
            workspaceId: channel.workspaceId,
            channelId: channel.channelId,
            weekStart,
          },
          dedupeKey: `daily-board:${channel.platform}:${channel.workspaceId}:${channel.channelId}:${weekStart}`,
        });
      }
    }
    // A job for a day that is over (the bot was down) posts nothing: today's own job does, once.
    await ensureScheduled(channel);
  }

  /** After a restart: make sure every enabled channel has its next post queued (today's at once if it was missed). */
  async function resume(): Promise<void> {
    for (const channel of await store.listEnabledChannels()) await ensureScheduled(channel);
  }

  return { ensureScheduled, post, postNow, runScheduled, resume };
}

export type DailyPosting = ReturnType<typeof createDailyPosting>;
