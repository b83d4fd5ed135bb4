// Builders for the payloads Slack sends: slash commands, Events API message callbacks, block_actions.
import { FAKE_TEAM_ID } from './web-api.js';

let counter = 0;
const nextId = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`.toUpperCase();

export interface SlashCommandInput {
  text: string;
  userId: string;
  channelId?: string;
  /** Base for response_url (the Web API fake's responseUrlBase). */
  responseUrlBase: string;
}

/** A slash command payload, as Slack form-encodes it (HTTP) or wraps it (Socket Mode). */
export function slashCommand(input: SlashCommandInput): Record<string, string> {
  const triggerId = nextId('TRIG');
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'club',
    channel_id: input.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: input.userId,
    user_name: input.userId.toLowerCase(),
    command: '/interview',
    text: input.text,
    api_app_id: 'A0FAKE',
    response_url: `${input.responseUrlBase}${triggerId}`,
    trigger_id: triggerId,
  };
}

export interface MessageInput {
  userId?: string;
  text?: string;
  channelId?: string;
  threadTs?: string;
  channelType?: string;
  subtype?: string;
  botId?: string;
  files?: Record<string, unknown>[];
  /** Reuse an event_id to simulate a Slack retry. */
  eventId?: string;
  /** Extra event fields (message_changed's `message`, …). */
  extra?: Record<string, unknown>;
}

/** An Events API `event_callback` body carrying a message event. */
export function messageEvent(input: MessageInput): Record<string, unknown> & { event_id: string } {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(++counter).padStart(6, '0')}`;
  const userId = input.userId ?? 'U0MEMBER';
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: input.eventId ?? nextId('EV'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: 'U0BOT', is_bot: true }],
    event: {
      type: 'message',
      channel: input.channelId ?? `D${userId}`,
      channel_type: input.channelType ?? 'im',
      ...(input.botId ? { bot_id: input.botId } : { user: userId }),
      text: input.text ?? '',
      ts,
      event_ts: ts,
      team: FAKE_TEAM_ID,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
      ...(input.subtype ? { subtype: input.subtype } : {}),
      ...(input.files ? { files: input.files } : {}),
      ...input.extra,
    },
  };
}

export interface BlockActionInput {
  userId: string;
  actionId: string;
  value?: string;
  channelId?: string;
  threadTs?: string;
  messageTs?: string;
  responseUrlBase: string;
}

/** A block_actions payload for a click on one button. */
export function blockActions(input: BlockActionInput): Record<string, unknown> {
  const channelId = input.channelId ?? `D${input.userId}`;
  const messageTs = input.messageTs ?? '1700000000.000009';
  const triggerId = nextId('TRIG');
  return {
    type: 'block_actions',
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    trigger_id: triggerId,
    team: { id: FAKE_TEAM_ID, domain: 'club' },
    user: { id: input.userId, team_id: FAKE_TEAM_ID, username: input.userId.toLowerCase() },
    channel: { id: channelId, name: 'directmessage' },
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: false,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    },
    message: { type: 'message', ts: messageTs, ...(input.threadTs ? { thread_ts: input.threadTs } : {}) },
    response_url: `${input.responseUrlBase}${triggerId}`,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: 'b1',
        ...(input.value !== undefined ? { value: input.value } : {}),
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}
