// Builds the gateway payloads a user's actions produce: slash commands, button clicks, DM and thread messages.
import type { FakeGuild } from './gateway.js';
import {
  dmChannelJson,
  type FakeAttachmentJson,
  type FakeUser,
  memberJson,
  messageJson,
  nextId,
  textChannelJson,
  userJson,
} from './payloads.js';

/** Permission bits a test may grant a member (decimal strings, as Discord sends them). */
export const PERMISSIONS = {
  none: '0',
  member: '1024', // ViewChannel
  manageGuild: String(1n << 5n),
  administrator: String(1n << 3n),
} as const;

/** Where an interaction happens: a guild text channel, or the user's DM with the bot. */
export type InteractionPlace =
  | { kind: 'guild'; guild: FakeGuild; channelId: string; roles: string[]; permissions: string }
  | { kind: 'dm'; channelId: string };

export interface InteractionBase {
  appId: string;
  user: FakeUser;
  place: InteractionPlace;
  locale: string;
}

function common(base: InteractionBase) {
  const id = nextId();
  const token = `tok-${id}`;
  const { place } = base;
  const placeFields =
    place.kind === 'guild'
      ? {
          guild_id: place.guild.id,
          guild_locale: 'en-US',
          channel_id: place.channelId,
          channel: textChannelJson(
            place.channelId,
            place.guild.id,
            place.guild.channels.find((c) => c.id === place.channelId)?.name ?? 'general',
          ),
          member: memberJson(base.user, place.roles, place.permissions),
          authorizing_integration_owners: { '0': place.guild.id },
          context: 0,
        }
      : {
          channel_id: place.channelId,
          channel: dmChannelJson(place.channelId, base.user),
          user: userJson(base.user),
          authorizing_integration_owners: { '0': '0' },
          context: 1,
        };
  return {
    id,
    token,
    payload: {
      id,
      token,
      application_id: base.appId,
      version: 1,
      locale: base.locale,
      app_permissions: '2248473465835073',
      entitlements: [],
      ...placeFields,
    },
  };
}

/** A chat-input command: `/command subcommand option:value ...`, attachments resolved. */
export function slashCommandPayload(
  base: InteractionBase & {
    command: string;
    subcommand: string;
    options: Record<string, string>;
    attachments: Record<string, FakeAttachmentJson>;
  },
) {
  const { id, token, payload } = common(base);
  const options = [
    ...Object.entries(base.options).map(([name, value]) => ({ name, type: 3, value })),
    ...Object.entries(base.attachments).map(([name, attachment]) => ({
      name,
      type: 11,
      value: attachment.id,
    })),
  ];
  const resolved = Object.values(base.attachments).reduce<Record<string, FakeAttachmentJson>>(
    (all, attachment) => Object.assign(all, { [attachment.id]: attachment }),
    {},
  );
  return {
    id,
    token,
    payload: {
      ...payload,
      type: 2,
      data: {
        id: nextId(),
        name: base.command,
        type: 1,
        options: [{ type: 1, name: base.subcommand, options }],
        ...(Object.keys(resolved).length > 0 ? { resolved: { attachments: resolved } } : {}),
      },
    },
  };
}

/** A click on a button with `customId` on `message`. */
export function buttonClickPayload(base: InteractionBase & { customId: string; message: unknown }) {
  const { id, token, payload } = common(base);
  return {
    id,
    token,
    payload: {
      ...payload,
      type: 3,
      message: base.message,
      data: { custom_id: base.customId, component_type: 2 },
    },
  };
}

/** A message the user writes in a DM or a thread. */
export function userMessagePayload(fields: {
  channelId: string;
  user: FakeUser;
  content: string;
  attachments: FakeAttachmentJson[];
  /** Set for a server message: the guild and the channel's type (0 text, 12 private thread). */
  guild?: { id: string; channelType: number } | undefined;
  mentions?: FakeUser[] | undefined;
}) {
  const message = messageJson({
    id: nextId(),
    channelId: fields.channelId,
    author: fields.user,
    content: fields.content,
    attachments: fields.attachments,
    guildId: fields.guild?.id,
    mentions: fields.mentions,
  });
  // Discord tells the channel's type with each message; discord.js relies on it for uncached channels.
  return fields.guild
    ? { ...message, channel_type: fields.guild.channelType, member: memberJson(fields.user, []) }
    : { ...message, channel_type: 1 };
}
