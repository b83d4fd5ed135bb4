// A messenger that keeps every message per conversation, so engine tests can read what a user saw.
import { CONSOLE_CAPABILITIES } from '../../adapters/console/capabilities.js';
import { DISCORD_CAPABILITIES } from '../../adapters/discord/capabilities.js';
import { SLACK_CAPABILITIES } from '../../adapters/slack/capabilities.js';
import type { Platform } from '../../src/domain/types.js';
import type { Messenger } from '../../src/platform/messenger.js';
import type {
  ConversationRef,
  MessageHandle,
  OutboundMessage,
  PlatformCapabilities,
  UserRef,
} from '../../src/platform/types.js';

export interface RecordingMessenger extends Messenger {
  /** Messages sent to the user's private conversation, in order. */
  sent(userId: string): OutboundMessage[];
  /** Every message as plain text (title, text, quote, fields), for matching. */
  text(userId: string): string;
  updates: { handle: MessageHandle; message: OutboundMessage }[];
  /** Make the next `count` sends fail, as a platform outage would. */
  failNextSends(count: number): void;
}

const CAPABILITIES: Record<Platform, PlatformCapabilities> = {
  console: CONSOLE_CAPABILITIES,
  discord: DISCORD_CAPABILITIES,
  slack: SLACK_CAPABILITIES,
};

/** Plain text of a message, for assertions. */
export function plain(message: OutboundMessage): string {
  return [
    message.title,
    message.text,
    message.quote,
    ...(message.fields ?? []).map((f) => `${f.name}: ${f.value}`),
    message.footer,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Create the recording messenger; conversations are keyed by user id. */
export function createRecordingMessenger(): RecordingMessenger {
  const byChannel = new Map<string, OutboundMessage[]>();
  const updates: { handle: MessageHandle; message: OutboundMessage }[] = [];
  let failures = 0;
  let count = 0;
  const list = (channelId: string) => {
    let messages = byChannel.get(channelId);
    if (!messages) {
      messages = [];
      byChannel.set(channelId, messages);
    }
    return messages;
  };
  return {
    async send(ref: ConversationRef, message: OutboundMessage) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('platform unavailable');
      }
      list(ref.channelId).push(message);
      return { ref, messageId: String(++count) };
    },
    async update(handle, message) {
      updates.push({ handle, message });
    },
    async openConversation(user: UserRef) {
      return { platform: user.platform, workspaceId: user.workspaceId, channelId: `dm:${user.userId}` };
    },
    // Each platform's real declaration, so engine tests see what that platform's users would.
    capabilities: (platform) => CAPABILITIES[platform],
    sent: (userId) => list(`dm:${userId}`),
    text: (userId) => list(`dm:${userId}`).map(plain).join('\n---\n'),
    updates,
    failNextSends(n) {
      failures = n;
    },
  };
}
