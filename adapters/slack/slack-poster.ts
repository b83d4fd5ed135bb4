// Sends rendered messages to Slack: into a session thread, as an edit, ephemerally, or via response_url.
import type { RespondFn, webApi } from '@slack/bolt';
import type { ConversationRef, MessageHandle, OutboundMessage } from '../../src/platform/types.js';
import { renderMessage, type SlackMessage } from './block-kit.js';

export interface SlackPoster {
  /** Post into the ref's channel, in its thread when it has one; the handle names the first part. */
  post(ref: ConversationRef, message: OutboundMessage): Promise<MessageHandle>;
  /** Edit a posted message in place (chat.update); parts that no longer fit follow in the thread. */
  update(handle: MessageHandle, message: OutboundMessage): Promise<void>;
  /** Show a message to one user only, in the place (and thread) they wrote. */
  postEphemeral(where: ConversationRef, userId: string, message: OutboundMessage): Promise<void>;
  /** Answer a slash command or click through its response_url, visible to the user only. */
  respond(respond: RespondFn, message: OutboundMessage): Promise<void>;
}

/** Block Kit payload fields; an empty block list is left out because Slack rejects it. */
function payload(part: SlackMessage): { text: string; blocks?: SlackMessage['blocks'] } {
  return part.blocks.length > 0 ? { text: part.text, blocks: part.blocks } : { text: part.text };
}

function thread(ref: ConversationRef): { thread_ts?: string } {
  return ref.threadId ? { thread_ts: ref.threadId } : {};
}

export function createSlackPoster(client: webApi.WebClient): SlackPoster {
  const postParts = async (ref: ConversationRef, parts: SlackMessage[]): Promise<string | undefined> => {
    let first: string | undefined;
    for (const part of parts) {
      const posted = await client.chat.postMessage({
        channel: ref.channelId,
        ...thread(ref),
        ...payload(part),
      });
      first ??= posted.ts;
    }
    return first;
  };

  return {
    async post(ref, message) {
      const ts = await postParts(ref, renderMessage(message));
      if (!ts) throw new Error('chat.postMessage returned no ts');
      return { ref, messageId: ts };
    },

    async update(handle, message) {
      const [first, ...rest] = renderMessage(message);
      if (!first) return;
      await client.chat.update({ channel: handle.ref.channelId, ts: handle.messageId, ...payload(first) });
      await postParts(handle.ref, rest);
    },

    async postEphemeral(where, userId, message) {
      for (const part of renderMessage(message)) {
        await client.chat.postEphemeral({
          channel: where.channelId,
          user: userId,
          ...thread(where),
          ...payload(part),
        });
      }
    },

    async respond(respond, message) {
      for (const part of renderMessage(message)) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...payload(part) });
      }
    },
  };
}
