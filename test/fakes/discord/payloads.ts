// JSON shapes of Discord objects as the fake sends them: complete enough that discord.js builds its structures.

/** A user as the fake knows it. */
export interface FakeUser {
  id: string;
  username: string;
  globalName?: string | undefined;
  bot?: boolean | undefined;
}

let counter = 0n;
/** Snowflake-looking ids, increasing, unique within the process. */
export function nextId(): string {
  counter += 1n;
  return (1_300_000_000_000_000_000n + counter).toString();
}

export function userJson(user: FakeUser) {
  return {
    id: user.id,
    username: user.username,
    global_name: user.globalName ?? null,
    discriminator: '0',
    avatar: null,
    bot: user.bot ?? false,
  };
}

/** A guild member; `permissions` is only sent inside interactions (as Discord does). */
export function memberJson(user: FakeUser, roles: string[], permissions?: string) {
  return {
    user: userJson(user),
    nick: null,
    avatar: null,
    roles,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    ...(permissions === undefined ? {} : { permissions }),
  };
}

export function textChannelJson(id: string, guildId: string, name: string) {
  return { id, type: 0, guild_id: guildId, name, position: 0, permission_overwrites: [], nsfw: false };
}

export function dmChannelJson(id: string, recipient: FakeUser) {
  return { id, type: 1, last_message_id: null, recipients: [userJson(recipient)] };
}

/** A thread; type 12 is private (the closed-DM fallback), 11 public (started on a channel message). */
export function threadJson(
  id: string,
  guildId: string,
  parentId: string,
  ownerId: string,
  name: string,
  type: 11 | 12 = 12,
) {
  return {
    id,
    type,
    guild_id: guildId,
    parent_id: parentId,
    owner_id: ownerId,
    name,
    last_message_id: null,
    member_count: 1,
    message_count: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: '2024-01-01T00:00:00.000Z',
      locked: false,
      invitable: false,
    },
  };
}

export interface FakeAttachmentJson {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string | undefined;
}

/** A message object, filled from what the client posted or what a test says the user wrote. */
export function messageJson(fields: {
  id: string;
  channelId: string;
  author: FakeUser;
  content?: string | undefined;
  embeds?: unknown[] | undefined;
  components?: unknown[] | undefined;
  attachments?: FakeAttachmentJson[] | undefined;
  guildId?: string | undefined;
  flags?: number | undefined;
  mentions?: FakeUser[] | undefined;
}) {
  return {
    id: fields.id,
    type: 0,
    channel_id: fields.channelId,
    ...(fields.guildId ? { guild_id: fields.guildId } : {}),
    author: userJson(fields.author),
    content: fields.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (fields.mentions ?? []).map(userJson),
    mention_roles: [],
    attachments: fields.attachments ?? [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: false,
    flags: fields.flags ?? 0,
  };
}
