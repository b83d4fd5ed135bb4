// Reads the fake Web API's record as a Slack user would see it: their DM, their ephemeral replies, their threads.
import type { FakeSlackWebApi, RecordedCall } from './web-api.js';

interface BlockLike {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { text?: string | { text: string } }[];
}

/** Block Kit as the plain text a reader sees (mrkdwn markers kept, escapes and zero-width spaces removed). */
export function blocksToText(blocks: unknown, fallback: unknown): string {
  if (!Array.isArray(blocks) || blocks.length === 0) return readable(String(fallback ?? ''));
  const lines = (blocks as BlockLike[]).flatMap((block) => {
    if (block.type === 'actions') {
      return [
        (block.elements ?? []).map((e) => `[${typeof e.text === 'object' ? e.text.text : ''}]`).join(' '),
      ];
    }
    return [
      ...(block.text ? [block.text.text] : []),
      ...(block.fields ?? []).map((field) => field.text),
      ...(block.elements ?? []).map((element) => (typeof element.text === 'string' ? element.text : '')),
    ];
  });
  return readable(lines.join('\n'));
}

function readable(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The DM channel the fake opens for `userId`. */
export const dmChannelOf = (userId: string) => `D${userId}`;

/**
 * Everything `userId` has been shown, in order: posts and edits in their DM, ephemeral messages to
 * them, and response_url answers to their commands (the harness puts the user id in that URL).
 */
export function transcriptOf(api: FakeSlackWebApi, userId: string): string {
  const dm = dmChannelOf(userId);
  const shown = (call: RecordedCall): boolean => {
    if (call.method === 'chat.postMessage' || call.method === 'chat.update') return call.body.channel === dm;
    if (call.method === 'chat.postEphemeral') return call.body.user === userId;
    return call.method.startsWith(`${userId}/`);
  };
  return [...api.calls, ...api.responses]
    .filter(shown)
    .sort((a, b) => a.seq - b.seq)
    .map((call) => blocksToText(call.body.blocks, call.body.text))
    .join('\n\n');
}

/** The thread of the user's latest session: the root message posted right after conversations.open. */
export function latestSessionThread(api: FakeSlackWebApi, userId: string): string | undefined {
  let opened = false;
  let thread: string | undefined;
  for (const call of api.calls) {
    if (call.method === 'conversations.open' && call.body.users === userId) opened = true;
    if (opened && call.method === 'chat.postMessage' && call.body.channel === dmChannelOf(userId)) {
      if (!call.body.thread_ts) thread = String(call.reply?.ts);
      opened = false;
    }
  }
  return thread;
}

/** The latest message in the user's DM carrying a button for `actionId`, with where it sits. */
export function latestButton(
  api: FakeSlackWebApi,
  userId: string,
  actionId: string,
): { messageTs: string; threadTs: string | undefined; value: string | undefined } | undefined {
  for (const call of [...api.calls].reverse()) {
    if (call.method !== 'chat.postMessage' || call.body.channel !== dmChannelOf(userId)) continue;
    const blocks = Array.isArray(call.body.blocks)
      ? (call.body.blocks as { type: string; elements?: unknown[] }[])
      : [];
    for (const block of blocks) {
      if (block.type !== 'actions') continue;
      const button = (block.elements as { action_id: string; value?: string }[]).find(
        (e) => e.action_id === actionId,
      );
      if (button) {
        return {
          messageTs: String(call.reply?.ts),
          threadTs: call.body.thread_ts === undefined ? undefined : String(call.body.thread_ts),
          value: button.value,
        };
      }
    }
  }
  return undefined;
}
