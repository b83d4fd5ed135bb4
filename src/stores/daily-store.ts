// The question of the day in the database: each workspace's channel, the posts, members' answers, opt-outs.
import type { Knex } from 'knex';
import { isUniqueViolation } from '../db/errors.js';
import { insertReturningId } from '../db/insert.js';
import { fromJson, num, numOrNull, toJson } from '../db/json.js';
import type { Evaluation, Language } from '../domain/types.js';

/** Where and when a workspace gets its daily question. */
export interface DailyChannel {
  platform: string;
  workspaceId: string;
  channelId: string;
  postTime: string;
  timeZone: string;
  /** "mixed" or a position code. */
  positions: string;
  language: Language;
  weeklyBoard: boolean;
  enabled: boolean;
  pausedReason: string | null;
  updatedAt: number;
}

export interface DailyPost {
  id: number;
  platform: string;
  workspaceId: string;
  channelId: string;
  slot: string;
  localDay: string;
  questionId: number;
  position: string;
  topic: string;
  difficulty: number;
  language: Language;
  postMessageId: string | null;
  threadId: string | null;
  tallyMessageId: string | null;
  postedAt: number;
  closedAt: number | null;
}

export interface DailyAnswer {
  id: number;
  postId: number;
  userId: string;
  displayName: string;
  language: Language;
  answer: string;
  revision: number;
  answeredAt: number;
  evaluation: Evaluation | null;
  /** The revision the stored evaluation judged. */
  evaluatedRevision: number | null;
}

export type NewDailyPost = Omit<
  DailyPost,
  'id' | 'postMessageId' | 'threadId' | 'tallyMessageId' | 'closedAt'
>;

export interface DailyStore {
  getChannel(platform: string, workspaceId: string): Promise<DailyChannel | undefined>;
  listEnabledChannels(): Promise<DailyChannel[]>;
  /** Create or replace the workspace's channel settings (enabled, not paused). */
  saveChannel(
    channel: Omit<DailyChannel, 'enabled' | 'pausedReason' | 'updatedAt'>,
    now: number,
  ): Promise<void>;
  setEnabled(
    platform: string,
    workspaceId: string,
    enabled: boolean,
    pausedReason: string | null,
    now: number,
  ): Promise<boolean>;
  setWeeklyBoard(platform: string, workspaceId: string, on: boolean, now: number): Promise<boolean>;
  /** Claim a slot before posting; false when another runner (or an earlier run) has it. */
  reservePost(post: NewDailyPost): Promise<number | undefined>;
  /** Give a slot back when posting failed, so a retry can take it. */
  releasePost(id: number): Promise<void>;
  markPosted(
    id: number,
    refs: { postMessageId: string; threadId: string; tallyMessageId: string | null },
  ): Promise<void>;
  setTallyMessage(id: number, tallyMessageId: string): Promise<void>;
  markClosed(id: number, now: number): Promise<void>;
  getPost(id: number): Promise<DailyPost | undefined>;
  findPostByThread(platform: string, workspaceId: string, threadId: string): Promise<DailyPost | undefined>;
  /** The channel's posts, oldest first. */
  listPosts(platform: string, workspaceId: string, channelId: string): Promise<DailyPost[]>;
  slotsOn(platform: string, workspaceId: string, channelId: string, localDay: string): Promise<string[]>;
  /** Save a member's reply; a later reply replaces the earlier one and bumps its revision. */
  saveAnswer(
    input: { postId: number; userId: string; displayName: string; language: Language; answer: string },
    now: number,
  ): Promise<DailyAnswer>;
  getAnswer(id: number): Promise<DailyAnswer | undefined>;
  /** Store an evaluation if `revision` is still the answer's latest; false when a newer reply replaced it. */
  saveEvaluation(id: number, revision: number, evaluation: Evaluation, now: number): Promise<boolean>;
  listAnswers(postId: number): Promise<DailyAnswer[]>;
  /** Local days on which `userId` answered in the channel. */
  answeredDays(
    platform: string,
    workspaceId: string,
    channelId: string,
    userId: string,
  ): Promise<Set<string>>;
  /** Answers to posts of local days [fromDay, toDay) in the channel, with the post's day and topic. */
  answersBetween(
    platform: string,
    workspaceId: string,
    channelId: string,
    fromDay: string,
    toDay: string,
  ): Promise<(DailyAnswer & { localDay: string; topic: string })[]>;
  setHidden(
    platform: string,
    workspaceId: string,
    userId: string,
    hidden: boolean,
    now: number,
  ): Promise<void>;
  hiddenMembers(platform: string, workspaceId: string): Promise<Set<string>>;
}

const toChannel = (row: Record<string, unknown>): DailyChannel => ({
  platform: String(row.platform),
  workspaceId: String(row.workspace_id),
  channelId: String(row.channel_id),
  postTime: String(row.post_time),
  timeZone: String(row.time_zone),
  positions: String(row.positions),
  language: row.language as Language,
  weeklyBoard: Boolean(row.weekly_board),
  enabled: Boolean(row.enabled),
  pausedReason: (row.paused_reason as string | null) ?? null,
  updatedAt: num(row.updated_at),
});

const toPost = (row: Record<string, unknown>): DailyPost => ({
  id: num(row.id),
  platform: String(row.platform),
  workspaceId: String(row.workspace_id),
  channelId: String(row.channel_id),
  slot: String(row.slot),
  localDay: String(row.local_day),
  questionId: num(row.question_id),
  position: String(row.position),
  topic: String(row.topic),
  difficulty: num(row.difficulty),
  language: row.language as Language,
  postMessageId: (row.post_message_id as string | null) ?? null,
  threadId: (row.thread_id as string | null) ?? null,
  tallyMessageId: (row.tally_message_id as string | null) ?? null,
  postedAt: num(row.posted_at),
  closedAt: numOrNull(row.closed_at),
});

const toAnswer = (row: Record<string, unknown>): DailyAnswer => ({
  id: num(row.id),
  postId: num(row.post_id),
  userId: String(row.platform_user_id),
  displayName: String(row.display_name ?? row.platform_user_id),
  language: row.language as Language,
  answer: String(row.answer),
  revision: num(row.revision),
  answeredAt: num(row.answered_at),
  evaluation: fromJson<Evaluation | null>(row.evaluation, null),
  evaluatedRevision: numOrNull(row.evaluated_revision),
});

/** Knex-backed daily-question store. */
export function createDailyStore(knex: Knex): DailyStore {
  const workspace = (platform: string, workspaceId: string) => ({ platform, workspace_id: workspaceId });
  const channelPosts = (platform: string, workspaceId: string, channelId: string) =>
    knex('daily_posts').where({ ...workspace(platform, workspaceId), channel_id: channelId });

  return {
    async getChannel(platform, workspaceId) {
      const row = await knex('daily_channels').where(workspace(platform, workspaceId)).first();
      return row ? toChannel(row) : undefined;
    },
    async listEnabledChannels() {
      return (await knex('daily_channels').where({ enabled: true }).orderBy('id')).map(toChannel);
    },
    async saveChannel(channel, now) {
      await knex('daily_channels')
        .insert({
          ...workspace(channel.platform, channel.workspaceId),
          channel_id: channel.channelId,
          post_time: channel.postTime,
          time_zone: channel.timeZone,
          positions: channel.positions,
          language: channel.language,
          weekly_board: channel.weeklyBoard,
          enabled: true,
          paused_reason: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict(['platform', 'workspace_id'])
        .merge([
          'channel_id',
          'post_time',
          'time_zone',
          'positions',
          'language',
          'weekly_board',
          'enabled',
          'paused_reason',
          'updated_at',
        ]);
    },
    async setEnabled(platform, workspaceId, enabled, pausedReason, now) {
      const changed = await knex('daily_channels')
        .where(workspace(platform, workspaceId))
        .update({ enabled, paused_reason: pausedReason, updated_at: now });
      return changed > 0;
    },
    async setWeeklyBoard(platform, workspaceId, on, now) {
      const changed = await knex('daily_channels')
        .where(workspace(platform, workspaceId))
        .update({ weekly_board: on, updated_at: now });
      return changed > 0;
    },
    async reservePost(post) {
      try {
        return await insertReturningId(knex, 'daily_posts', {
          ...workspace(post.platform, post.workspaceId),
          channel_id: post.channelId,
          slot: post.slot,
          local_day: post.localDay,
          question_id: post.questionId,
          position: post.position,
          topic: post.topic,
          difficulty: post.difficulty,
          language: post.language,
          posted_at: post.postedAt,
        });
      } catch (error) {
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }
    },
    async releasePost(id) {
      await knex('daily_posts').where({ id }).delete();
    },
    async markPosted(id, refs) {
      await knex('daily_posts').where({ id }).update({
        post_message_id: refs.postMessageId,
        thread_id: refs.threadId,
        tally_message_id: refs.tallyMessageId,
      });
    },
    async setTallyMessage(id, tallyMessageId) {
      await knex('daily_posts').where({ id }).update({ tally_message_id: tallyMessageId });
    },
    async markClosed(id, now) {
      await knex('daily_posts').where({ id }).update({ closed_at: now });
    },
    async getPost(id) {
      const row = await knex('daily_posts').where({ id }).first();
      return row ? toPost(row) : undefined;
    },
    async findPostByThread(platform, workspaceId, threadId) {
      const row = await knex('daily_posts')
        .where({ ...workspace(platform, workspaceId), thread_id: threadId })
        .first();
      return row ? toPost(row) : undefined;
    },
    async listPosts(platform, workspaceId, channelId) {
      return (await channelPosts(platform, workspaceId, channelId).orderBy('posted_at').orderBy('id')).map(
        toPost,
      );
    },
    async slotsOn(platform, workspaceId, channelId, localDay) {
      const rows = await channelPosts(platform, workspaceId, channelId)
        .where({ local_day: localDay })
        .select('slot');
      return rows.map((row: { slot: string }) => row.slot);
    },
    async saveAnswer(input, now) {
      const key = { post_id: input.postId, platform_user_id: input.userId };
      // Two replies in the same instant: the unique key makes the loser update instead.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const existing = await knex('daily_answers').where(key).first();
        if (existing) {
          await knex('daily_answers')
            .where({ id: existing.id })
            .update({
              answer: input.answer,
              display_name: input.displayName,
              language: input.language,
              revision: knex.raw('revision + 1'),
              updated_at: now,
            });
          return toAnswer(await knex('daily_answers').where({ id: existing.id }).first());
        }
        try {
          const id = await insertReturningId(knex, 'daily_answers', {
            ...key,
            display_name: input.displayName.slice(0, 200),
            language: input.language,
            answer: input.answer,
            revision: 1,
            answered_at: now,
            updated_at: now,
          });
          return toAnswer(await knex('daily_answers').where({ id }).first());
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      throw new Error('could not save a daily answer');
    },
    async getAnswer(id) {
      const row = await knex('daily_answers').where({ id }).first();
      return row ? toAnswer(row) : undefined;
    },
    async saveEvaluation(id, revision, evaluation, now) {
      const changed = await knex('daily_answers')
        .where({ id, revision })
        .update({
          score: evaluation.score,
          evaluation: toJson(evaluation),
          evaluator: evaluation.evaluator.slice(0, 100),
          degraded: evaluation.degraded,
          evaluated_revision: revision,
          updated_at: now,
        });
      return changed > 0;
    },
    async listAnswers(postId) {
      return (
        await knex('daily_answers').where({ post_id: postId }).orderBy('answered_at').orderBy('id')
      ).map(toAnswer);
    },
    async answeredDays(platform, workspaceId, channelId, userId) {
      const rows = await knex('daily_answers as a')
        .join('daily_posts as p', 'p.id', 'a.post_id')
        .where({
          'p.platform': platform,
          'p.workspace_id': workspaceId,
          'p.channel_id': channelId,
          'a.platform_user_id': userId,
        })
        .distinct('p.local_day as day');
      return new Set(rows.map((row: { day: string }) => row.day));
    },
    async answersBetween(platform, workspaceId, channelId, fromDay, toDay) {
      const rows = await knex('daily_answers as a')
        .join('daily_posts as p', 'p.id', 'a.post_id')
        .where({ 'p.platform': platform, 'p.workspace_id': workspaceId, 'p.channel_id': channelId })
        .where('p.local_day', '>=', fromDay)
        .where('p.local_day', '<', toDay)
        .select('a.*', 'p.local_day as local_day', 'p.topic as topic')
        .orderBy('a.id');
      return rows.map((row: Record<string, unknown>) => ({
        ...toAnswer(row),
        localDay: String(row.local_day),
        topic: String(row.topic),
      }));
    },
    async setHidden(platform, workspaceId, userId, hidden, now) {
      await knex('daily_members')
        .insert({ ...workspace(platform, workspaceId), platform_user_id: userId, hidden, updated_at: now })
        .onConflict(['platform', 'workspace_id', 'platform_user_id'])
        .merge(['hidden', 'updated_at']);
    },
    async hiddenMembers(platform, workspaceId) {
      const rows = await knex('daily_members')
        .where({ ...workspace(platform, workspaceId), hidden: true })
        .select('platform_user_id');
      return new Set(rows.map((row: { platform_user_id: string }) => row.platform_user_id));
    },
  };
}
