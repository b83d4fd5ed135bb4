// Discord's shared-channel capability: a post with a public thread started on it, a private reply by DM,
// and Discord's access errors turned into the core's "the bot is not in that channel".
import {
  type APIChannel,
  type APIMessage,
  DiscordAPIError,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import { ChannelUnavailableError } from '../../src/platform/channel-errors.js';
import type { ChannelAccess, ChannelCapabilities, ConversationRef } from '../../src/platform/types.js';
import type { Logger } from '../../src/logger.js';
import { restMessage } from './outbound-files.js';
import { renderMessage } from './render.js';
import { trimText } from './text-split.js';

/** A day, so that yesterday's thread tidies itself away. */
const DAILY_THREAD_ARCHIVE_MINUTES = 1440;
const THREAD_NAME_MAX = 100;

const NO_ACCESS: number[] = [RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions];
const NOT_FOUND: number[] = [RESTJSONErrorCodes.UnknownChannel];

/** What Discord's refusal means for the core, or undefined when it is some other failure. */
function accessOf(error: unknown): Exclude<ChannelAccess, 'ok'> | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (NO_ACCESS.includes(Number(error.code))) return 'not_member';
  if (NOT_FOUND.includes(Number(error.code))) return 'not_found';
  return undefined;
}

export interface ChannelPostDeps {
  rest: REST;
  logger: Logger;
  botUserId(): string;
}

/** Create the capability over the REST client (no cache needed, so it works right after a restart). */
export function createDiscordChannelPosts(deps: ChannelPostDeps): ChannelCapabilities {
  const { rest } = deps;
  const postAll = async (channelId: string, message: Parameters<typeof renderMessage>[0]) => {
    let first: APIMessage | undefined;
    for (const body of renderMessage(message)) {
      const posted = (await rest.post(Routes.channelMessages(channelId), restMessage(body))) as APIMessage;
      first ??= posted;
    }
    if (!first) throw new Error('Refusing to send an empty message to Discord');
    return first;
  };

  return {
    async checkChannel(channel) {
      try {
        await rest.get(Routes.channel(channel.channelId));
        return 'ok';
      } catch (error) {
        const access = accessOf(error);
        if (access) return access;
        throw error;
      }
    },

    async postWithThread(channel, message, threadName) {
      try {
        const posted = await postAll(channel.channelId, message);
        const thread = (await rest.post(Routes.threads(channel.channelId, posted.id), {
          body: {
            name: trimText(threadName, THREAD_NAME_MAX),
            auto_archive_duration: DAILY_THREAD_ARCHIVE_MINUTES,
          },
        })) as APIChannel;
        const ref: ConversationRef = { ...channel, threadId: undefined };
        return { post: { ref, messageId: posted.id }, thread: { ...ref, threadId: thread.id } };
      } catch (error) {
        const access = accessOf(error);
        if (access) throw new ChannelUnavailableError(access, channel.channelId);
        throw error;
      }
    },

    async sendPrivately(user, _where, message) {
      // A reply in a thread is a message, not an interaction: Discord has no ephemeral for it, so a DM.
      try {
        const dm = (await rest.post(Routes.userChannels(), {
          body: { recipient_id: user.userId },
        })) as APIChannel;
        await postAll(dm.id, { ...message, ephemeral: false });
      } catch (error) {
        if (
          error instanceof DiscordAPIError &&
          error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser
        ) {
          deps.logger.info(
            { userId: user.userId },
            'discord: daily feedback not sent, the member has closed DMs',
          );
          return;
        }
        throw error;
      }
    },

    replyMention: () => `<@${deps.botUserId()}>`,
    channelMention: (channelId) => `<#${channelId}>`,
  };
}
