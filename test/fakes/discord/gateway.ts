// The fake's WebSocket gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, and dispatches.
// Sharded as Discord is: a session that identifies as shard [id, count] gets the guilds whose
// (guild_id >> 22) % count is id, and their events; events outside a guild (DMs) go to shard 0 only.
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeUser, memberJson, nextId, textChannelJson, userJson } from './payloads.js';

/** A guild the fake serves, with its text channels. */
export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
  /** Roles besides @everyone (for example a "Coach" role configured as admin). */
  roles: { id: string; name: string }[];
}

export interface GatewayOptions {
  server: Server;
  bot: FakeUser;
  appId: string;
  guild: FakeGuild;
  /** More guilds the bot is in (tests of sharding put them on other shards). */
  otherGuilds?: FakeGuild[] | undefined;
  /** Active threads, listed in GUILD_CREATE as Discord does for a (re)connecting bot. */
  threads: () => unknown[];
}

/** What the client said when it identified. */
export interface IdentifyRecord {
  intents: number;
  token: string;
  /** [shard id, shard count] as sent; [0, 1] when the client did not shard. */
  shard: [number, number];
  /** Ids of the guilds this session was given (READY and GUILD_CREATE). */
  guilds: string[];
}

/** The shard Discord puts a guild on. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A guild id that lands on `shard` of `count` (ids are otherwise consecutive, so all on one shard). */
export function guildIdOnShard(shard: number, count: number, seed = 1): string {
  return ((BigInt(300_000_000_000 + seed * count) + BigInt(shard)) << 22n).toString();
}

/** The gateway half of the fake. */
export interface FakeGateway {
  readonly identifies: IdentifyRecord[];
  /** Sockets that identified and are still open. */
  readonly openSessions: number;
  /** Send a dispatch to every identified session of the shard it belongs to; returns how many received it. */
  dispatch(type: string, data: unknown): number;
  /** Resolves once `count` IDENTIFYs in total have been answered with READY. */
  whenIdentified(count?: number): Promise<void>;
  close(): Promise<void>;
}

interface Session {
  socket: WebSocket;
  seq: number;
  ready: boolean;
  shard: [number, number];
}

export function createFakeGateway(options: GatewayOptions): FakeGateway {
  const wss = new WebSocketServer({ server: options.server, path: '/gateway' });
  const sessions = new Set<Session>();
  const identifies: IdentifyRecord[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const send = (session: Session, payload: unknown) => session.socket.send(JSON.stringify(payload));
  const dispatchTo = (session: Session, type: string, data: unknown) => {
    session.seq += 1;
    send(session, { op: 0, t: type, s: session.seq, d: data });
  };

  wss.on('connection', (socket) => {
    const session: Session = { socket, seq: 0, ready: false, shard: [0, 1] };
    sessions.add(session);
    socket.on('close', () => sessions.delete(session));
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { op: number; d: unknown };
      if (frame.op === 1) send(session, { op: 11 });
      else if (frame.op === 2) {
        identify(session, frame.d as { token: string; intents: number; shard?: [number, number] });
      } else if (frame.op === 6) send(session, { op: 9, d: false });
    });
    send(session, { op: 10, d: { heartbeat_interval: 41_250 } });
  });

  const allGuilds = [options.guild, ...(options.otherGuilds ?? [])];
  const owns = (session: Session, guildId: string | undefined) => {
    const [id, count] = session.shard;
    return guildId === undefined ? id === 0 : shardOf(guildId, count) === id;
  };

  function identify(session: Session, data: { token: string; intents: number; shard?: [number, number] }) {
    session.shard = data.shard ?? [0, 1];
    const guilds = allGuilds.filter((guild) => owns(session, guild.id));
    identifies.push({
      intents: data.intents,
      token: data.token,
      shard: session.shard,
      guilds: guilds.map((guild) => guild.id),
    });
    dispatchTo(session, 'READY', {
      v: 10,
      user: userJson(options.bot),
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: nextId(),
      resume_gateway_url: 'ws://127.0.0.1/unused',
      application: { id: options.appId, flags: 0 },
      shard: session.shard,
    });
    for (const guild of guilds) {
      dispatchTo(session, 'GUILD_CREATE', {
        ...guildCreate(guild, options.bot),
        threads: guild === options.guild ? options.threads() : [],
      });
    }
    session.ready = true;
    for (const waiter of [...waiters]) {
      if (identifies.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  return {
    identifies,
    get openSessions() {
      return [...sessions].filter((s) => s.ready).length;
    },
    dispatch(type, data) {
      let sent = 0;
      const guildId = (data as { guild_id?: string } | null)?.guild_id;
      for (const session of sessions) {
        if (!session.ready || !owns(session, guildId)) continue;
        dispatchTo(session, type, data);
        sent += 1;
      }
      return sent;
    },
    whenIdentified(count = 1) {
      if (identifies.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      for (const session of sessions) session.socket.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}

function guildCreate(guild: FakeGuild, bot: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: '1',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    features: [],
    roles: [{ id: guild.id, name: '@everyone' }, ...guild.roles].map((role, position) => ({
      ...role,
      permissions: position === 0 ? '2248473465835073' : '0',
      position,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    emojis: [],
    stickers: [],
    channels: guild.channels.map((c) => textChannelJson(c.id, guild.id, c.name)),
    threads: [],
    members: [memberJson(bot, [])],
    member_count: 2,
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    large: false,
    unavailable: false,
    joined_at: '2024-01-01T00:00:00.000Z',
  };
}
