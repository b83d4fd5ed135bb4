// A loopback Discord: REST under /api/v10, a WebSocket gateway and a CDN route, recording every call.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createFakeGateway, type FakeGateway, type FakeGuild } from './gateway.js';
import {
  buttonClickPayload,
  type InteractionPlace,
  PERMISSIONS,
  slashCommandPayload,
  userMessagePayload,
} from './interactions.js';
import { type FakeAttachmentJson, type FakeUser, nextId } from './payloads.js';
import { readBody, type UploadedFile } from './request-body.js';
import { handleRest } from './rest-routes.js';
import { FakeState, type StoredMessage } from './state.js';

/** One REST call as the client made it; `path` is decoded and relative to /api/v10. */
export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  body: unknown;
  files: UploadedFile[];
  status: number;
}

/** A file the CDN route serves; `declared*` is what the attachment metadata claims. */
export interface HostedFile {
  filename: string;
  bytes: Uint8Array;
  contentType?: string | undefined;
  declaredSize?: number | undefined;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number | undefined;
  /** Stream without Content-Length, so only a byte count can stop a reader. */
  chunked?: boolean | undefined;
}

export interface SlashCommandInput {
  user: FakeUser;
  subcommand: string;
  command?: string | undefined;
  options?: Record<string, string> | undefined;
  attachments?: Record<string, FakeAttachmentJson> | undefined;
  locale?: string | undefined;
  roles?: string[] | undefined;
  permissions?: string | undefined;
  channelId?: string | undefined;
  /** Run it in the user's DM with the bot instead of the guild. */
  inDm?: boolean | undefined;
  /** Run it in another of the bot's guilds (one of `otherGuilds`) instead of the main one. */
  guild?: FakeGuild | undefined;
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** Start a fake Discord on 127.0.0.1 with one guild, one text channel and a bot user. */
export async function startFakeDiscord(options: { guild?: FakeGuild; otherGuilds?: FakeGuild[] } = {}) {
  const appId = nextId();
  const bot: FakeUser = { id: appId, username: 'interview-bot', bot: true };
  const guild: FakeGuild = options.guild ?? {
    id: nextId(),
    name: 'Study group',
    channels: [{ id: nextId(), name: 'general' }],
    roles: [
      { id: nextId(), name: 'Coach' },
      { id: nextId(), name: 'Member' },
    ],
  };
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 0, message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const state = new FakeState(bot, guild, () => `ws://127.0.0.1:${port}/gateway`);
  const gateway: FakeGateway = createFakeGateway({
    server,
    bot,
    appId,
    guild,
    otherGuilds: options.otherGuilds,
    threads: () => state.threadsJson(),
  });
  state.dispatch = (type, data) => gateway.dispatch(type, data);
  const calls: RecordedCall[] = [];
  const listeners = new Set<() => void>();
  const files = new Map<string, HostedFile>();
  const downloads: string[] = [];

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/cdn/')) return serveFile(url.pathname, res);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const { json, files: uploaded } = await readBody(req);
    const result = handleRest(req.method ?? 'GET', path, json, state, uploaded);
    calls.push({
      method: req.method ?? 'GET',
      path,
      query: url.search,
      body: json,
      files: uploaded,
      status: result.status,
    });
    for (const listener of [...listeners]) listener();
    if (result.body === undefined) {
      res.writeHead(result.status).end();
      return;
    }
    res.writeHead(result.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result.body));
  }

  async function serveFile(pathname: string, res: ServerResponse) {
    downloads.push(pathname);
    const file = files.get(pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (file.delayMs) await sleep(file.delayMs);
    if (res.destroyed) return;
    const headers: Record<string, string> = {
      'content-type': file.contentType ?? 'application/octet-stream',
    };
    if (!file.chunked) headers['content-length'] = String(file.bytes.byteLength);
    res.writeHead(200, headers);
    const step = 16 * 1024;
    for (let offset = 0; offset < file.bytes.byteLength && !res.destroyed; offset += step) {
      res.write(file.bytes.subarray(offset, offset + step));
    }
    res.end();
  }

  function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Fake Discord: timed out waiting for ${what}`));
      }, timeoutMs);
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(value);
      };
      listeners.add(check);
    });
  }

  function place(input: {
    user: FakeUser;
    inDm?: boolean | undefined;
    channelId?: string | undefined;
    roles?: string[] | undefined;
    permissions?: string | undefined;
    guild?: FakeGuild | undefined;
  }): InteractionPlace {
    if (input.inDm) return { kind: 'dm', channelId: state.dmChannelOf(input.user.id) };
    const where = input.guild ?? guild;
    return {
      kind: 'guild',
      guild: where,
      channelId: input.channelId ?? where.channels[0]!.id,
      roles: input.roles ?? [],
      permissions: input.permissions ?? PERMISSIONS.member,
    };
  }

  return {
    appId,
    bot,
    guild,
    state,
    gateway,
    calls,
    downloads,
    apiBaseUrl: `${origin}/api`,
    token: 'fake-bot-token',

    /** Make `user` known to the fake (needed before the bot can open a DM with them). */
    addUser(user: FakeUser): FakeUser {
      state.users.set(user.id, user);
      return user;
    },

    /** Calls with `method` whose path matches `pattern`. */
    callsTo(method: string, pattern: RegExp): RecordedCall[] {
      return calls.filter((c) => c.method === method && pattern.test(c.path));
    },

    /** Resolve with the first recorded call that matches, waiting for it if needed. */
    waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall> {
      return waitFor(() => calls.find(predicate), 'a matching REST call', timeoutMs);
    },

    /** Wait until `count` REST calls match. */
    waitForCalls(predicate: (call: RecordedCall) => boolean, count: number, timeoutMs?: number) {
      return waitFor(
        () => {
          const found = calls.filter(predicate);
          return found.length >= count ? found : undefined;
        },
        `${count} matching REST calls`,
        timeoutMs,
      );
    },

    /** Serve `file` on the CDN route and describe it as Discord's attachment metadata would. */
    hostAttachment(file: HostedFile): FakeAttachmentJson {
      const id = nextId();
      const path = `/cdn/attachments/${id}/${encodeURIComponent(file.filename)}`;
      files.set(path, file);
      return {
        id,
        filename: file.filename,
        size: file.declaredSize ?? file.bytes.byteLength,
        url: `${origin}${path}`,
        proxy_url: `${origin}${path}`,
        ...(file.contentType ? { content_type: file.contentType } : {}),
      };
    },

    /** The user runs `/interview <subcommand>`; returns the interaction's id and token. */
    runSlashCommand(input: SlashCommandInput) {
      state.users.set(input.user.id, input.user);
      const built = slashCommandPayload({
        appId,
        user: input.user,
        place: place(input),
        locale: input.locale ?? 'en-US',
        command: input.command ?? 'interview',
        subcommand: input.subcommand,
        options: input.options ?? {},
        attachments: input.attachments ?? {},
      });
      state.rememberInteraction(built.token, place(input).channelId);
      gateway.dispatch('INTERACTION_CREATE', built.payload);
      return { id: built.id, token: built.token };
    },

    /** The user clicks the button `customId` on a message the bot sent. */
    clickButton(input: {
      user: FakeUser;
      message: StoredMessage;
      customId: string;
      locale?: string;
      inGuild?: boolean;
    }) {
      const where: InteractionPlace = input.inGuild
        ? {
            kind: 'guild',
            guild,
            channelId: input.message.channelId,
            roles: [],
            permissions: PERMISSIONS.member,
          }
        : { kind: 'dm', channelId: input.message.channelId };
      const built = buttonClickPayload({
        appId,
        user: input.user,
        place: where,
        locale: input.locale ?? 'en-US',
        customId: input.customId,
        message: state.toJson(input.message),
      });
      state.rememberInteraction(built.token, input.message.channelId, input.message.id);
      gateway.dispatch('INTERACTION_CREATE', built.payload);
      return { id: built.id, token: built.token };
    },

    /** The user writes in their DM with the bot. */
    sendDirectMessage(input: { user: FakeUser; content: string; attachments?: FakeAttachmentJson[] }) {
      state.users.set(input.user.id, input.user);
      const channelId = state.dmChannelOf(input.user.id);
      const payload = userMessagePayload({
        channelId,
        user: input.user,
        content: input.content,
        attachments: input.attachments ?? [],
      });
      gateway.dispatch('MESSAGE_CREATE', payload);
      return { messageId: payload.id, channelId };
    },

    /** The user writes in a server channel or thread; `mentionBot` prefixes the bot's mention as Discord clients do. */
    sendGuildMessage(input: { user: FakeUser; channelId: string; content: string; mentionBot: boolean }) {
      const content = input.mentionBot ? `<@${bot.id}> ${input.content}` : input.content;
      const payload = userMessagePayload({
        channelId: input.channelId,
        guild: {
          id: guild.id,
          channelType:
            state.threads.get(input.channelId)?.type ?? (state.threads.has(input.channelId) ? 12 : 0),
        },
        user: input.user,
        content,
        attachments: [],
        mentions: input.mentionBot ? [bot] : [],
      });
      gateway.dispatch('MESSAGE_CREATE', payload);
      return { messageId: payload.id };
    },

    /** From now on, posting into this user's DM fails with 50007. */
    closeDirectMessages(userId: string) {
      state.closedDms.add(userId);
    },

    /** The bot is removed from `channelId`: reading or posting there fails with 50001 Missing Access. */
    removeBotFromChannel(channelId: string) {
      state.noAccess.add(channelId);
    },

    /** From now on, creating a thread under this channel fails with 50013 Missing Permissions. */
    denyThreads(channelId: string) {
      state.threadsDenied.add(channelId);
    },

    /** Messages the bot posted in a channel (DM, thread or text channel). */
    messagesIn(channelId: string): StoredMessage[] {
      return state.messages.get(channelId) ?? [];
    },

    /** Wait until the interaction's deferred reply (or the clicked message) has been edited. */
    waitForReply(token: string, timeoutMs?: number): Promise<StoredMessage> {
      return waitFor(
        () =>
          calls.some((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`))
            ? state.originalOf(token)
            : undefined,
        `the reply to interaction ${token}`,
        timeoutMs,
      );
    },

    /** Wait until `count` messages are in `channelId`. */
    waitForMessages(channelId: string, count: number, timeoutMs?: number): Promise<StoredMessage[]> {
      return waitFor(
        () => {
          const list = state.messages.get(channelId) ?? [];
          return list.length >= count ? list : undefined;
        },
        `${count} messages in ${channelId}`,
        timeoutMs,
      );
    },

    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
