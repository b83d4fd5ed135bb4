// Sends rendered messages to Slack: into a session thread, as an edit, ephemerally, or via response_url,
// and the files a message carries through the upload flow of files.uploadV2.
import type { RespondFn, webApi } from '@slack/bolt';
import type {
  ConversationRef,
  MessageHandle,
  OutboundFile,
  OutboundMessage,
} from '../../src/platform/types.js';
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
  /**
   * Share files into the ref's channel (and thread). files.uploadV2 asks files.getUploadURLExternal
   * for a URL per file, POSTs the bytes there, then files.completeUploadExternal shares them.
   * Slack has no ephemeral files: callers pick a private place (the user's DM) for private ones.
   */
  uploadFiles(ref: ConversationRef, files: readonly OutboundFile[]): Promise<void>;
}

/** Slack's limit on an image's alt text. */
const SLACK_ALT_TEXT_LIMIT = 1000;

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

  const uploadFiles = async (ref: ConversationRef, files: readonly OutboundFile[]) => {
    if (files.length === 0) return;
    await client.files.uploadV2({
      channel_id: ref.channelId,
      ...thread(ref),
      file_uploads: files.map((file) => ({
        file: Buffer.from(file.content),
        filename: file.name,
        title: file.name,
        ...(file.altText ? { alt_text: file.altText.slice(0, SLACK_ALT_TEXT_LIMIT) } : {}),
      })),
    });
  };

  return {
    uploadFiles,

    async post(ref, message) {
      const ts = await postParts(ref, renderMessage(message));
      if (!ts) throw new Error('chat.postMessage returned no ts');
      await uploadFiles(ref, message.files ?? []);
      return { ref, messageId: ts };
    },

    async update(handle, message) {
      const [first, ...rest] = renderMessage(message);
      if (!first) return;
      await client.chat.update({ channel: handle.ref.channelId, ts: handle.messageId, ...payload(first) });
      await postParts(handle.ref, rest);
      await uploadFiles(handle.ref, message.files ?? []);
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
