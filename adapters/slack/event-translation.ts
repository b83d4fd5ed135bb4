// Pure decisions about Slack payloads: which messages and clicks reach the core, and where they happened.
import type { ActionId } from '../../src/platform/types.js';
import { parseActionId } from './block-kit.js';
import { slackTextToPlain } from './mrkdwn.js';

/** The parts of a Slack file object this adapter reads (files arrive on message events). */
export interface SlackFile {
  id?: string | undefined;
  name?: string | null | undefined;
  title?: string | null | undefined;
  mimetype?: string | undefined;
  filetype?: string | undefined;
  size?: number | undefined;
  url_private_download?: string | undefined;
  url_private?: string | undefined;
  /** "hosted", "external", "tombstone" (deleted), "hidden_by_limit" (free plan), ... */
  mode?: string | undefined;
  /** "check_file_info" when Slack sent only the file id and the details must be fetched with files.info. */
  file_access?: string | undefined;
}

/** The parts of a message event this adapter reads. */
export interface SlackMessageEventLike {
  subtype?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  text?: string | undefined;
  ts?: string | undefined;
  thread_ts?: string | undefined;
  channel?: string | undefined;
  channel_type?: string | undefined;
  team?: string | undefined;
  hidden?: boolean | undefined;
  files?: SlackFile[] | undefined;
}

export type MessageDecision =
  | { kind: 'ignore'; reason: string }
  | {
      kind: 'message';
      userId: string;
      channelId: string;
      threadId: string | undefined;
      text: string;
      files: SlackFile[];
      /** A reply in a channel thread (perhaps to the question of the day), not a DM. */
      sharedThread: boolean;
    };

/** Subtypes that are still a person writing: a plain message, a file share, a reply also sent to the channel. */
const HUMAN_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/**
 * Decide whether a message event is the user talking to the bot: a direct message, or a reply in a
 * channel thread (the core takes those only as answers to the question of the day and drops the
 * rest; top-level channel chatter never reaches it). Bot messages, edits (message_changed),
 * deletions and other system subtypes are ignored.
 */
export function classifyMessage(event: SlackMessageEventLike): MessageDecision {
  if (event.bot_id || event.subtype === 'bot_message') return { kind: 'ignore', reason: 'bot message' };
  if (!HUMAN_SUBTYPES.has(event.subtype)) return { kind: 'ignore', reason: `subtype ${event.subtype}` };
  if (event.hidden) return { kind: 'ignore', reason: 'hidden' };
  const threadReply = Boolean(event.thread_ts) && event.thread_ts !== event.ts;
  const sharedThread = event.channel_type !== 'im';
  if (sharedThread && !threadReply)
    return { kind: 'ignore', reason: 'not a direct message or a thread reply' };
  if (!event.user || !event.channel) return { kind: 'ignore', reason: 'no user or channel' };
  return {
    kind: 'message',
    userId: event.user,
    channelId: event.channel,
    threadId: event.thread_ts,
    text: slackTextToPlain(event.text ?? ''),
    files: sharedThread ? [] : (event.files ?? []),
    sharedThread,
  };
}

/** The parts of a block_actions payload this adapter reads. */
export interface SlackBlockActionsLike {
  trigger_id?: string | undefined;
  user: { id: string; team_id?: string | undefined };
  team?: { id: string } | null | undefined;
  channel?: { id: string } | undefined;
  container?: { channel_id?: string | undefined; thread_ts?: string | undefined } | undefined;
  message?: { ts?: string | undefined; thread_ts?: string | undefined } | undefined;
  actions: { action_id: string; action_ts?: string | undefined; value?: string | undefined }[];
}

export interface ActionDecision {
  eventId: string;
  action: ActionId;
  value: string | undefined;
  userId: string;
  teamId: string;
  channelId: string;
  threadId: string | undefined;
}

/**
 * Read a button click this adapter rendered. The thread is the clicked message's thread, so the
 * core can tell a click in an old session's thread from one in the current session.
 */
export function translateBlockAction(body: SlackBlockActionsLike): ActionDecision | undefined {
  const clicked = body.actions[0];
  const action = clicked ? parseActionId(clicked.action_id) : undefined;
  const channelId = body.channel?.id ?? body.container?.channel_id;
  const teamId = body.team?.id ?? body.user.team_id;
  if (!clicked || !action || !channelId || !teamId) return undefined;
  return {
    eventId: `action:${body.trigger_id ?? `${body.user.id}:${clicked.action_ts ?? ''}`}`,
    action,
    value: clicked.value,
    userId: body.user.id,
    teamId,
    channelId,
    threadId: body.message?.thread_ts ?? body.container?.thread_ts,
  };
}
