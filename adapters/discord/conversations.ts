// Where interviews happen: the user's DM, or a private thread when their DMs are closed; sending and editing there.
import {
  type APIChannel,
  type APIMessage,
  ChannelType,
  DiscordAPIError,
  escapeMarkdown,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type { Language } from '../../src/domain/types.js';
import { UserError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import type { ConversationRef, MessageHandle, OutboundMessage, UserRef } from '../../src/platform/types.js';
import { restMessage } from './outbound-files.js';
import { type DiscordMessageBody, renderMessage, renderSingle } from './render.js';
import { trimText } from './text-split.js';
import { DM_WORKSPACE } from './user-ref.js';

const THREAD_NAME_MAX = 100;
/** A week, so that a slow interview is not archived under the user. */
const THREAD_ARCHIVE_MINUTES = 10_080;

export interface ConversationDeps {
  rest: REST;
  logger: Logger;
  botUserId(): string;
  /** The name of a guild the bot is in, for the DM greeting. */
  guildName(guildId: string): string | undefined;
  /** Tell the user something in reply to the command that is opening the conversation. */
  notify(userId: string, notice: OutboundMessage): void;
}

/** Send, edit and open conversations through REST only, so a restarted client needs no cache to continue. */
export function createConversations(deps: ConversationDeps) {
  const post = (channelId: string, body: DiscordMessageBody) =>
    deps.rest.post(Routes.channelMessages(channelId), restMessage(body)) as Promise<APIMessage>;

  /** The first DM line: where the interview was started, so a DM from a bot is not a surprise. */
  function greeting(workspaceId: string, locale: Language): string {
    const server = deps.guildName(workspaceId);
    return server
      ? t(locale, 'discord.dm_opened_from', { server: escapeMarkdown(server) })
      : t(locale, 'discord.dm_opened');
  }

  /** Parent channels of the last command per user, where a fallback thread may be opened. */
  const lastWhere = new Map<string, ConversationRef>();

  async function openFallbackThread(user: UserRef, title: string, locale: Language) {
    const where = user.workspaceId === DM_WORKSPACE ? undefined : lastWhere.get(user.userId);
    if (!where) return undefined;
    try {
      const thread = (await deps.rest.post(Routes.threads(where.channelId), {
        body: {
          name: trimText(title, THREAD_NAME_MAX),
          type: ChannelType.PrivateThread,
          invitable: false,
          auto_archive_duration: THREAD_ARCHIVE_MINUTES,
        },
      })) as APIChannel;
      await deps.rest.put(Routes.threadMembers(thread.id, user.userId));
      await post(thread.id, {
        content: t(locale, 'discord.thread_intro', { mention: `<@${deps.botUserId()}>` }),
        embeds: [],
        components: [],
        allowed_mentions: { parse: [] },
      });
      return { ...where, threadId: thread.id, fallback: 'channel-thread' as const };
    } catch (error) {
      deps.logger.warn({ err: error, channelId: where.channelId }, 'discord: cannot open a private thread');
      return undefined;
    }
  }

  return {
    /** Remember where the user's command ran (a thread's parent channel is what threads hang off). */
    rememberWhere(userId: string, where: ConversationRef | undefined) {
      if (where && where.workspaceId !== DM_WORKSPACE)
        lastWhere.set(userId, { ...where, threadId: undefined });
    },

    async send(ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle> {
      const channelId = ref.threadId ?? ref.channelId;
      const bodies = renderMessage(message);
      if (bodies.length === 0) throw new Error('Refusing to send an empty message to Discord');
      let last: APIMessage | undefined;
      for (const body of bodies) last = await post(channelId, body);
      return { ref, messageId: last!.id };
    },

    async update(handle: MessageHandle, message: OutboundMessage): Promise<void> {
      const channelId = handle.ref.threadId ?? handle.ref.channelId;
      await deps.rest.patch(
        Routes.channelMessage(channelId, handle.messageId),
        restMessage(renderSingle(message)),
      );
    },

    /**
     * Open the DM and greet the user there (the core's intro follows): the greeting is also the probe, because Discord only
     * refuses (50007) when a message is sent. Closed DMs fall back to a private thread under the
     * channel of the command; when that is impossible too, a UserError explains how to open DMs.
     */
    async openConversation(
      user: UserRef,
      hint: { title: string; locale: Language; where?: ConversationRef | undefined },
    ): Promise<ConversationRef> {
      if (hint.where) this.rememberWhere(user.userId, hint.where);
      const dm = (await deps.rest.post(Routes.userChannels(), {
        body: { recipient_id: user.userId },
      })) as APIChannel;
      try {
        await post(dm.id, renderSingle({ text: greeting(user.workspaceId, hint.locale) }));
        return { platform: 'discord', workspaceId: user.workspaceId, channelId: dm.id };
      } catch (error) {
        if (
          !(
            error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser
          )
        ) {
          throw error;
        }
      }
      const thread = await openFallbackThread(user, hint.title, hint.locale);
      if (!thread) throw new UserError('discord.dm_closed');
      // The ref says `fallback`, so the core sends no "check your DMs"; this says where to look instead.
      deps.notify(user.userId, {
        text: t(hint.locale, 'discord.dm_closed_thread', { threadId: thread.threadId }),
        tone: 'warning',
        ephemeral: true,
      });
      return thread;
    },
  };
}

export type Conversations = ReturnType<typeof createConversations>;
