// A messenger for a platform with shared channels, in memory: posts, threads, edits and private messages
// are kept where a reader can look at them, and a channel can lose the bot as a real one would.
import { SLACK_CAPABILITIES } from '../../adapters/slack/capabilities.js';
import type { Messenger } from '../../src/platform/messenger.js';
import { ChannelUnavailableError } from '../../src/platform/channel-errors.js';
import type {
  ChannelCapabilities,
  ConversationRef,
  OutboundMessage,
  UserRef,
} from '../../src/platform/types.js';
import { plain } from './recording-messenger.js';

export interface ChannelPost {
  id: string;
  ref: ConversationRef;
  message: OutboundMessage;
  /** Every version, first post and each edit. */
  versions: OutboundMessage[];
}

export interface ChannelMessenger extends Messenger {
  /** Top-level posts in a channel, in order. */
  posts(channelId: string): ChannelPost[];
  /** Messages in a thread (the tally), in order. */
  threadMessages(threadId: string): ChannelPost[];
  /** Private messages to a user, as plain text. */
  privateTo(userId: string): string[];
  /** From now on the bot is not a member of `channelId`. */
  removeBotFrom(channelId: string): void;
}

/** Create the messenger; every platform name maps to the same in-memory channels. */
export function createChannelMessenger(): ChannelMessenger {
  const all: ChannelPost[] = [];
  const privates = new Map<string, string[]>();
  const removed = new Set<string>();
  let next = 0;
  const store = (ref: ConversationRef, message: OutboundMessage) => {
    const post = { id: String(++next), ref, message, versions: [message] };
    all.push(post);
    return post;
  };
  const channels: ChannelCapabilities = {
    async checkChannel(channel) {
      return removed.has(channel.channelId) ? 'not_member' : 'ok';
    },
    async postWithThread(channel, message) {
      if (removed.has(channel.channelId)) throw new ChannelUnavailableError('not_member', channel.channelId);
      const post = store({ ...channel, threadId: undefined }, message);
      return { post: { ref: post.ref, messageId: post.id }, thread: { ...channel, threadId: `t${post.id}` } };
    },
    async sendPrivately(user: UserRef, _where, message) {
      privates.set(user.userId, [...(privates.get(user.userId) ?? []), plain(message)]);
    },
    replyMention: () => undefined,
    channelMention: (channelId) => `#${channelId}`,
  };
  return {
    async send(ref, message) {
      const post = store(ref, message);
      return { ref, messageId: post.id };
    },
    async update(handle, message) {
      const post = all.find((p) => p.id === handle.messageId);
      if (!post) throw new Error(`no message ${handle.messageId}`);
      post.message = message;
      post.versions.push(message);
    },
    async openConversation(user) {
      return { platform: user.platform, workspaceId: user.workspaceId, channelId: `dm:${user.userId}` };
    },
    channels: () => channels,
    // The rig's members are on Slack.
    capabilities: () => SLACK_CAPABILITIES,
    posts: (channelId) => all.filter((p) => p.ref.channelId === channelId && !p.ref.threadId),
    threadMessages: (threadId) => all.filter((p) => p.ref.threadId === threadId),
    privateTo: (userId) => privates.get(userId) ?? [],
    removeBotFrom: (channelId) => removed.add(channelId),
  };
}
