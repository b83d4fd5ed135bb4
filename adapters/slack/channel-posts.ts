// Slack's shared-channel capability: membership from conversations.info, a post whose replies form its
// thread, private feedback with chat.postEphemeral in that thread (a DM when Slack refuses), and
// Slack's "not in channel" errors turned into the core's ChannelUnavailableError.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { ChannelUnavailableError } from '../../src/platform/channel-errors.js';
import type {
  ChannelAccess,
  ChannelCapabilities,
  ConversationRef,
  UserRef,
} from '../../src/platform/types.js';
import type { SlackPoster } from './slack-poster.js';

const NOT_MEMBER = ['not_in_channel', 'is_archived', 'restricted_action', 'missing_scope'];
const NOT_FOUND = ['channel_not_found'];

/** The Web API error code of a failed call ("not_in_channel"), if it is one. */
function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function accessOf(error: unknown): Exclude<ChannelAccess, 'ok'> | undefined {
  const code = slackErrorCode(error);
  if (code && NOT_MEMBER.includes(code)) return 'not_member';
  if (code && NOT_FOUND.includes(code)) return 'not_found';
  return undefined;
}

export interface SlackChannelPostDeps {
  client: webApi.WebClient;
  poster: SlackPoster;
  logger: Logger;
  /** The user's DM with the bot. */
  directChannel(user: UserRef): Promise<ConversationRef>;
}

/** Create the capability over the Web API client. */
export function createSlackChannelPosts(deps: SlackChannelPostDeps): ChannelCapabilities {
  const { client, poster } = deps;
  return {
    async checkChannel(channel) {
      try {
        const info = await client.conversations.info({ channel: channel.channelId });
        return info.channel?.is_member ? 'ok' : 'not_member';
      } catch (error) {
        const access = accessOf(error);
        if (access) return access;
        throw error;
      }
    },

    async postWithThread(channel, message) {
      const ref: ConversationRef = { ...channel, threadId: undefined };
      try {
        const post = await poster.post(ref, message);
        // On Slack a thread is the replies to a message: its ts is the thread's id.
        return { post, thread: { ...ref, threadId: post.messageId } };
      } catch (error) {
        const access = accessOf(error);
        if (access) throw new ChannelUnavailableError(access, channel.channelId);
        throw error;
      }
    },

    async sendPrivately(user, where, message) {
      try {
        await poster.postEphemeral(where, user.userId, message);
      } catch (error) {
        // Slack refuses an ephemeral message to someone no longer in the channel: their DM still works.
        deps.logger.info({ err: error, userId: user.userId }, 'slack: ephemeral refused; sending a DM');
        await poster.post(await deps.directChannel(user), { ...message, ephemeral: false });
      }
    },

    replyMention: () => undefined,
    channelMention: (channelId) => `<#${channelId}>`,
  };
}
