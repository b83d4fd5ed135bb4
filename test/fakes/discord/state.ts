// The fake's memory: users, DM channels, threads, messages and interaction replies, as Discord would hold them.
import type { FakeGuild } from './gateway.js';
import { type FakeUser, messageJson, nextId, threadJson } from './payloads.js';
import type { UploadedFile } from './request-body.js';

/** A file attached to a message the bot posted, as Discord stored it from the multipart upload. */
export interface StoredFile {
  id: string;
  filename: string;
  size: number;
  contentType: string;
  bytes: Uint8Array;
}

/** A message as the fake stored it (what a user would see). */
export interface StoredMessage {
  id: string;
  channelId: string;
  authorId: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: { type: number; components: Record<string, unknown>[] }[];
  flags: number;
  allowedMentions: unknown;
  /** How many times it was edited after being posted. */
  edits: number;
  /** Order of posting across every channel and interaction, for transcripts. */
  seq: number;
  /** The message this one replies to (message_reference), if any. */
  replyTo?: string | undefined;
  /** Files uploaded with it (multipart `files[n]`), in order. */
  files: StoredFile[];
  /** Every version a reader saw, first post and each edit, with the order it appeared in. */
  versions: { seq: number; content: string; embeds: Record<string, unknown>[] }[];
}

interface MessageBody {
  content?: string;
  embeds?: Record<string, unknown>[];
  components?: StoredMessage['components'];
  flags?: number;
  allowed_mentions?: unknown;
  message_reference?: { message_id?: string };
  attachments?: { id: string | number; filename?: string }[];
}

/**
 * The files a request leaves on a message: each `files[n]` part under the filename its `attachments`
 * entry gives (or its own), plus, on an edit, the existing files the `attachments` list keeps.
 */
function filesOf(body: MessageBody, uploaded: UploadedFile[], existing: StoredFile[] = []): StoredFile[] {
  const listed = body.attachments ?? [];
  const kept = existing.filter((file) => listed.some((a) => String(a.id) === file.id));
  const added = uploaded.map((upload) => {
    const placeholder = upload.field.match(/^files\[(\d+)\]$/)?.[1];
    const entry = listed.find((a) => String(a.id) === placeholder);
    return {
      id: nextId(),
      filename: entry?.filename ?? upload.name,
      size: upload.size,
      contentType: upload.contentType,
      bytes: upload.bytes,
    };
  });
  return [...kept, ...added];
}

/** Everything the fake remembers; routes read and write it, tests inspect it. */
export class FakeState {
  readonly users = new Map<string, FakeUser>();
  readonly closedDms = new Set<string>();
  readonly threadsDenied = new Set<string>();
  readonly threads = new Map<
    string,
    { parentId: string; name: string; members: Set<string>; type?: 11 | 12 }
  >();
  /** Channels the bot lost access to (removed from, or its role denied): posting there fails with 50001. */
  readonly noAccess = new Set<string>();
  readonly messages = new Map<string, StoredMessage[]>();
  /** Messages posted through an interaction token (the deferred reply and its follow-ups). */
  readonly interactionMessages = new Map<string, StoredMessage[]>();
  /** Set by the fake once its gateway runs: events Discord would push when REST changes something. */
  dispatch: (type: string, data: unknown) => void = () => undefined;
  private readonly dms = new Map<string, string>();
  private readonly interactionChannels = new Map<string, string>();
  private readonly originals = new Map<string, string>();
  private readonly deferredFlags = new Map<string, number>();
  private posted = 0;

  /** The shard count GET /gateway/bot recommends (what DISCORD_SHARDS=auto asks for). */
  recommendedShards = 1;

  constructor(
    readonly bot: FakeUser,
    readonly guild: FakeGuild,
    readonly gatewayUrl: () => string,
  ) {
    this.users.set(bot.id, bot);
  }

  /** The DM channel id between the bot and `userId`, created on first use. */
  dmChannelOf(userId: string): string {
    let id = this.dms.get(userId);
    if (!id) {
      id = nextId();
      this.dms.set(userId, id);
    }
    return id;
  }

  dmOwner(channelId: string): string | undefined {
    for (const [userId, id] of this.dms) if (id === channelId) return userId;
    return undefined;
  }

  /** Active threads as GUILD_CREATE lists them. */
  threadsJson() {
    return [...this.threads].map(([id, t]) =>
      threadJson(id, this.guild.id, t.parentId, this.bot.id, t.name, t.type),
    );
  }

  /** Store a message the bot posted; returns it as Discord's API would. */
  storeMessage(channelId: string, body: unknown, guildId?: string, files: UploadedFile[] = []) {
    const stored = this.toStored(nextId(), channelId, body, files);
    const list = this.messages.get(channelId) ?? [];
    list.push(stored);
    this.messages.set(channelId, list);
    return this.toJson(stored, guildId);
  }

  editMessage(channelId: string, messageId: string, body: unknown, files: UploadedFile[] = []) {
    const stored = this.messages.get(channelId)?.find((m) => m.id === messageId);
    if (!stored) return undefined;
    this.applyEdit(stored, body, files);
    return this.toJson(stored);
  }

  /**
   * Remember where an interaction happened so its replies land there. For a button click the
   * "original" message is the message that carries the button.
   */
  rememberInteraction(token: string, channelId: string, messageId?: string): void {
    this.interactionChannels.set(token, channelId);
    if (messageId) this.originals.set(token, messageId);
  }

  /** An interaction callback: a deferred reply (type 5) fixes the flags, e.g. ephemeral, of the reply to come. */
  acknowledge(token: string, body: unknown): void {
    const { type, data } = (body ?? {}) as { type?: number; data?: { flags?: number } };
    if (type === 5) this.deferredFlags.set(token, data?.flags ?? 0);
  }

  /** PATCH @original (`original`) or POST a follow-up for an interaction token. */
  storeInteractionMessage(token: string, body: unknown, original: boolean, files: UploadedFile[] = []) {
    const channelId = this.interactionChannels.get(token) ?? '0';
    const list = this.interactionMessages.get(token) ?? [];
    this.interactionMessages.set(token, list);
    const existing = original ? this.originalOf(token) : undefined;
    if (existing) {
      this.applyEdit(existing, body, files);
      return this.toJson(existing);
    }
    const stored = this.toStored(nextId(), channelId, body, files);
    if (original) {
      this.originals.set(token, stored.id);
      stored.flags |= this.deferredFlags.get(token) ?? 0;
    }
    list.push(stored);
    return this.toJson(stored);
  }

  /** An interaction's original reply (or, for a click, the clicked message), once it exists. */
  originalOf(token: string): StoredMessage | undefined {
    const id = this.originals.get(token);
    if (!id) return undefined;
    const channelId = this.interactionChannels.get(token) ?? '';
    return (
      this.interactionMessages.get(token)?.find((m) => m.id === id) ??
      this.messages.get(channelId)?.find((m) => m.id === id)
    );
  }

  /** Replies to an interaction after the original: its follow-ups, in order. */
  followUpsOf(token: string): StoredMessage[] {
    const originalId = this.originals.get(token);
    return (this.interactionMessages.get(token) ?? []).filter((m) => m.id !== originalId);
  }

  private toStored(id: string, channelId: string, body: unknown, files: UploadedFile[]): StoredMessage {
    const b = (body ?? {}) as MessageBody;
    const stored: StoredMessage = {
      id,
      channelId,
      authorId: this.bot.id,
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      flags: b.flags ?? 0,
      allowedMentions: b.allowed_mentions,
      edits: 0,
      seq: ++this.posted,
      replyTo: b.message_reference?.message_id,
      files: filesOf(b, files),
      versions: [],
    };
    stored.versions.push({ seq: stored.seq, content: stored.content, embeds: stored.embeds });
    return stored;
  }

  private applyEdit(stored: StoredMessage, body: unknown, files: UploadedFile[]): void {
    const b = (body ?? {}) as MessageBody;
    if (b.attachments !== undefined || files.length > 0) stored.files = filesOf(b, files, stored.files);
    if (b.content !== undefined) stored.content = b.content;
    if (b.embeds !== undefined) stored.embeds = b.embeds;
    if (b.components !== undefined) stored.components = b.components;
    if (b.flags !== undefined) stored.flags = b.flags;
    if (b.allowed_mentions !== undefined) stored.allowedMentions = b.allowed_mentions;
    stored.edits += 1;
    // Taking buttons off a message changes nothing a reader would re-read.
    if (b.content !== undefined || b.embeds !== undefined) {
      stored.versions.push({ seq: ++this.posted, content: stored.content, embeds: stored.embeds });
    }
  }

  toJson(stored: StoredMessage, guildId?: string) {
    return messageJson({
      id: stored.id,
      channelId: stored.channelId,
      author: this.users.get(stored.authorId) ?? this.bot,
      content: stored.content,
      embeds: stored.embeds,
      components: stored.components,
      flags: stored.flags,
      guildId,
      attachments: stored.files.map((file) => ({
        id: file.id,
        filename: file.filename,
        size: file.size,
        url: `https://cdn.invalid/attachments/${file.id}/${file.filename}`,
        proxy_url: `https://cdn.invalid/attachments/${file.id}/${file.filename}`,
        content_type: file.contentType,
      })),
    });
  }
}
