// `/interview daily …`: admins set up, stop, trigger and inspect the question of the day; members hide
// themselves from (or show themselves on) the weekly board.
import { localDay } from '../src/daily/local-time.js';
import { nextDailyRun } from '../src/daily/schedule.js';
import { positionsName } from '../src/daily/daily-messages.js';
import type { PostOutcome } from '../src/daily/daily-posting.js';
import type { ChannelCapabilities, OutboundMessage } from '../src/platform/types.js';
import { UserError } from '../src/errors.js';
import { type MessageKey, t } from '../src/i18n/index.js';
import type { DailyChannel } from '../src/stores/daily-store.js';
import { readDailySetup } from './daily-args.js';
import { type CommandContext, defineCommand } from './define-command.js';

const ACTIONS = ['set', 'off', 'now', 'status', 'board-on', 'board-off', 'hide-me', 'show-me'] as const;
const MEMBER_ACTIONS = ['hide-me', 'show-me'];
const DEFAULT_TIME = '09:00';

const text = (ctx: CommandContext, key: MessageKey, params: Record<string, string | number> = {}) =>
  t(ctx.language, key, params);

function feature(ctx: CommandContext) {
  const daily = ctx.services.daily;
  const channels = daily?.channels(ctx.user.platform);
  if (!daily || !channels) throw new UserError('daily.no_channels');
  return { daily, channels };
}

/** When the next post goes out, in the channel's own zone and the admin's language. */
function nextPostText(ctx: CommandContext, channel: DailyChannel, postedToday: boolean): string {
  const run = nextDailyRun({
    now: ctx.services.now(),
    timeZone: channel.timeZone,
    postTime: channel.postTime,
    postedToday,
    configuredAt: channel.updatedAt,
  });
  return new Intl.DateTimeFormat(ctx.language === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: channel.timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(run.runAt);
}

async function refuseUnreachable(ctx: CommandContext, channels: ChannelCapabilities, channelId: string) {
  const access = await channels.checkChannel({ ...ctx.where, channelId, threadId: undefined });
  if (access === 'not_member')
    throw new UserError('daily.not_member', { channel: channels.channelMention(channelId) });
  if (access === 'not_found') throw new UserError('daily.not_found');
}

function outcomeMessage(ctx: CommandContext, outcome: PostOutcome, channel: DailyChannel, mention: string) {
  if (outcome.kind === 'unavailable' && outcome.access === 'not_member')
    throw new UserError('daily.not_member', { channel: mention });
  if (outcome.kind === 'unavailable') throw new UserError('daily.not_found');
  if (outcome.kind === 'empty_bank')
    throw new UserError('daily.empty_bank', {
      language: channel.language,
      positions: positionsName(ctx.language, channel.positions),
    });
  return {
    tone: 'success' as const,
    ephemeral: true,
    text: text(ctx, 'daily.now_done', { channel: mention }),
  };
}

export const dailyCommand = defineCommand({
  name: 'daily',
  description: {
    en: 'Question of the day in a channel: set, off, now, status, board-on/off; hide-me for members',
    ko: '채널의 오늘의 질문: set, off, now, status, board-on/off, 멤버는 hide-me',
  },
  admin: true,
  example: 'daily set #general 09:00',
  memberActions: MEMBER_ACTIONS,
  options: {
    action: {
      type: 'string',
      required: true,
      description: { en: 'What to do', ko: '할 일' },
      choices: ACTIONS.map((value) => ({ value, label: { en: value, ko: value } })),
    },
    channel: {
      type: 'channel',
      required: false,
      description: { en: 'The channel (#channel); default: this one', ko: '채널(#채널), 기본값: 이 채널' },
    },
    time: {
      type: 'string',
      required: false,
      description: { en: 'Time, HH:MM (default 09:00)', ko: '시간 HH:MM (기본 09:00)' },
    },
    timezone: {
      type: 'string',
      required: false,
      description: { en: 'Time zone, e.g. Asia/Seoul', ko: '시간대, 예: Asia/Seoul' },
    },
    position: {
      type: 'string',
      required: false,
      description: { en: 'ai, be, fe, mobile or mixed (default)', ko: 'ai, be, fe, mobile 또는 mixed(기본)' },
    },
    language: { type: 'string', required: false, description: { en: 'en or ko', ko: 'en 또는 ko' } },
  },
  async run(ctx, args): Promise<OutboundMessage[]> {
    const { platform, workspaceId, userId } = ctx.user;
    const now = ctx.services.now();
    const prefix = ctx.capabilities.adminCommandPrefix;
    if (args.action === 'hide-me' || args.action === 'show-me') {
      const store = ctx.services.daily?.store;
      if (!store) throw new UserError('daily.no_channels');
      await store.setHidden(platform, workspaceId, userId, args.action === 'hide-me', now);
      return [
        {
          tone: 'success',
          ephemeral: true,
          text: text(ctx, args.action === 'hide-me' ? 'daily.hidden' : 'daily.shown'),
        },
      ];
    }
    const { daily, channels } = feature(ctx);
    const existing = await daily.store.getChannel(platform, workspaceId);

    if (args.action === 'set') {
      const words = readDailySetup([args.channel, args.time, args.timezone, args.position, args.language]);
      const channelId = words.channel ?? ctx.where.channelId;
      await refuseUnreachable(ctx, channels, channelId);
      const same = existing?.channelId === channelId ? existing : undefined;
      await daily.store.saveChannel(
        {
          platform,
          workspaceId,
          channelId,
          postTime: words.time ?? existing?.postTime ?? DEFAULT_TIME,
          timeZone: words.timeZone ?? existing?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          positions: words.positions ?? existing?.positions ?? 'mixed',
          language: words.language ?? same?.language ?? ctx.language,
          weeklyBoard: existing?.weeklyBoard ?? false,
        },
        now,
      );
      const saved = (await daily.store.getChannel(platform, workspaceId))!;
      await daily.posting.ensureScheduled(saved);
      const today = localDay(now, saved.timeZone);
      const postedToday = (await daily.store.slotsOn(platform, workspaceId, channelId, today)).includes(
        today,
      );
      return [
        {
          tone: 'success',
          ephemeral: true,
          text: text(ctx, 'daily.set_done', {
            channel: channels.channelMention(channelId),
            time: saved.postTime,
            timezone: saved.timeZone,
            positions: positionsName(ctx.language, saved.positions),
            language: t(ctx.language, `common.language.${saved.language}` as MessageKey),
            next: nextPostText(ctx, saved, postedToday),
          }),
        },
      ];
    }
    if (!existing) {
      if (args.action !== 'now') throw new UserError('daily.not_set', { prefix });
      // Trying it out with nothing set up (the console): one post here, nothing scheduled.
      const trial: DailyChannel = {
        platform,
        workspaceId,
        channelId: ctx.where.channelId,
        postTime: DEFAULT_TIME,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        positions: 'mixed',
        language: ctx.language,
        weeklyBoard: false,
        enabled: false,
        pausedReason: null,
        updatedAt: now,
      };
      const outcome = await daily.posting.postNow(trial, { schedule: false });
      return [outcomeMessage(ctx, outcome, trial, channels.channelMention(trial.channelId))];
    }
    const mention = channels.channelMention(existing.channelId);
    switch (args.action) {
      case 'off':
        await daily.store.setEnabled(platform, workspaceId, false, null, now);
        return [{ tone: 'success', ephemeral: true, text: text(ctx, 'daily.off_done', { prefix }) }];
      case 'board-on':
      case 'board-off': {
        const on = args.action === 'board-on';
        await daily.store.setWeeklyBoard(platform, workspaceId, on, now);
        return [
          { tone: 'success', ephemeral: true, text: text(ctx, on ? 'daily.board_on' : 'daily.board_off') },
        ];
      }
      case 'now': {
        await refuseUnreachable(ctx, channels, existing.channelId);
        return [outcomeMessage(ctx, await daily.posting.postNow(existing), existing, mention)];
      }
      default:
        return [await statusMessage(ctx, existing, mention, prefix)];
    }
  },
});

async function statusMessage(
  ctx: CommandContext,
  channel: DailyChannel,
  mention: string,
  prefix: string,
): Promise<OutboundMessage> {
  const posts = await ctx.services.daily!.store.listPosts(
    channel.platform,
    channel.workspaceId,
    channel.channelId,
  );
  const today = localDay(ctx.services.now(), channel.timeZone);
  const state = channel.pausedReason
    ? text(ctx, 'daily.state_paused', { channel: mention, prefix })
    : text(ctx, channel.enabled ? 'daily.state_on' : 'daily.state_off');
  const field = (key: MessageKey, value: string) => ({ name: text(ctx, key), value, inline: true });
  return {
    tone: channel.pausedReason ? 'warning' : 'info',
    ephemeral: true,
    title: text(ctx, 'daily.status_title'),
    fields: [
      field('daily.status_state', state),
      field('daily.status_channel', mention),
      field('daily.status_time', `${channel.postTime} (${channel.timeZone})`),
      field('daily.status_positions', positionsName(ctx.language, channel.positions)),
      field('daily.status_language', t(ctx.language, `common.language.${channel.language}` as MessageKey)),
      field('daily.status_board', text(ctx, channel.weeklyBoard ? 'daily.state_on' : 'daily.state_off')),
      field('daily.status_posts', String(posts.length)),
      ...(channel.enabled
        ? [
            field(
              'daily.status_next',
              nextPostText(
                ctx,
                channel,
                posts.some((p) => p.localDay === today),
              ),
            ),
          ]
        : []),
    ],
  };
}
