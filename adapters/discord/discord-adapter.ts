// The Discord platform: a discord.js client whose events become InboundEvents and whose replies are rendered embeds.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction, type Message, Partials } from 'discord.js';
import type { Logger } from '../../src/logger.js';
import type {
  ConnectionState,
  EventSink,
  OutboundMessage,
  PlatformAdapter,
} from '../../src/platform/types.js';
import { DISCORD_CAPABILITIES } from './capabilities.js';
import { createDiscordChannelPosts } from './channel-posts.js';
import { registerDiscordCommands } from './command-registrar.js';
import { createConversations } from './conversations.js';
import { type HandlerDeps, handleButton, handleCommand, handleMessage } from './event-handlers.js';
import type { ShardIdentity } from './shard-process.js';
import { createLocaleMemory } from './reply-language.js';
import { createUserQueue } from './user-queue.js';
import { conversationOf } from './user-ref.js';

export interface DiscordAdapterOptions {
  token: string;
  appId: string;
  /** Register commands in this guild only (instant; for development). */
  guildId?: string | undefined;
  /** Roles whose members count as admins besides those with Manage Server. */
  adminRoleIds: string[];
  /** REST base, e.g. `http://127.0.0.1:PORT/api` for the fake; Discord's own when unset. */
  apiBaseUrl?: string | undefined;
  /** Set in a shard process (DISCORD_SHARDS): discord.js connects that shard only; shard 0 registers commands. */
  shard?: ShardIdentity | undefined;
  logger: Logger;
}

/**
 * Intents: Guilds (channels, threads, interactions' context), DirectMessages (answers in DMs; their
 * text arrives without the privileged MessageContent intent) and GuildMessages (messages that mention
 * the bot, whose text Discord also sends without it: answers in the closed-DM fallback thread, and
 * answers posted in a channel, which the core points back to the DM). Partials.Channel: DM channels
 * are not cached after a restart, and without it discord.js silently drops their messages.
 */
export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.GuildMessages,
] as const;

/** The Discord adapter: the platform contract plus a way to wait for the work it has queued. */
export interface DiscordAdapter extends PlatformAdapter {
  /** Resolve once every event received so far has been handled and answered (tests, graceful drains). */
  whenIdle(): Promise<void>;
}

/** Create the Discord adapter; nothing connects until `start`. */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const logger = options.logger.child({
    platform: 'discord',
    ...(options.shard ? { shard: options.shard.id } : {}),
  });
  const client = new Client({
    intents: [...DISCORD_INTENTS],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(options.apiBaseUrl ? { rest: { api: options.apiBaseUrl } } : {}),
  });
  client.rest.setToken(options.token);
  const botUserId = () => client.user?.id ?? options.appId;
  const queue = createUserQueue((error, userId) =>
    logger.error({ err: error, userId }, 'discord: handler failed'),
  );
  const notices = new Map<string, OutboundMessage[]>();
  const conversations = createConversations({
    rest: client.rest,
    logger,
    botUserId,
    guildName: (guildId) => client.guilds.cache.get(guildId)?.name,
    notify: (userId, notice) => notices.set(userId, [...(notices.get(userId) ?? []), notice]),
  });
  let stopping = false;
  let state: ConnectionState = 'down';
  const track = (next: ConnectionState) => () => {
    if (!stopping) state = next;
  };
  client.on(Events.ClientReady, track('connected'));
  client.on(Events.ShardReady, track('connected'));
  client.on(Events.ShardResume, track('connected'));
  client.on(Events.ShardReconnecting, track('reconnecting'));
  client.on(Events.ShardDisconnect, track('down'));

  const guarded =
    <T>(name: string, handler: (value: T) => void) =>
    (value: T) => {
      if (stopping) return;
      try {
        handler(value);
      } catch (error) {
        logger.error({ err: error, event: name }, 'discord: could not translate an event');
      }
    };

  return {
    platform: 'discord',
    capabilities: DISCORD_CAPABILITIES,

    async start(sink: EventSink) {
      const deps: HandlerDeps = {
        sink,
        rest: client.rest,
        queue,
        locales: createLocaleMemory(),
        logger,
        adminRoleIds: options.adminRoleIds,
        botUserId,
        takeNotices(userId) {
          const owed = notices.get(userId) ?? [];
          notices.delete(userId);
          return owed;
        },
      };
      client.on(
        Events.InteractionCreate,
        guarded('interaction', (interaction: Interaction) => {
          if (interaction.isChatInputCommand()) {
            notices.delete(interaction.user.id);
            conversations.rememberWhere(
              interaction.user.id,
              conversationOf(interaction.guildId, interaction.channel, interaction.channelId),
            );
            handleCommand(interaction, deps);
          } else if (interaction.isButton()) {
            handleButton(interaction, deps);
          }
        }),
      );
      client.on(
        Events.MessageCreate,
        guarded('message', (message: Message) => handleMessage(message, deps)),
      );
      client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));
      state = 'connecting';
      const ready = once(client, Events.ClientReady);
      await client.login(options.token);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: connected');
    },

    whenIdle: () => queue.drain(),

    connection: () => state,

    async stop() {
      stopping = true;
      state = 'down';
      await queue.drain();
      await client.destroy();
    },

    send: (ref, message) => conversations.send(ref, message),
    update: (handle, message) => conversations.update(handle, message),
    openConversation: (user, hint) => conversations.openConversation(user, hint),
    channels: createDiscordChannelPosts({ rest: client.rest, logger, botUserId }),

    async registerCommands(descriptors) {
      // Commands belong to the application, not to a shard: one shard registering them is enough.
      if (options.shard && options.shard.id !== 0) return;
      const result = await registerDiscordCommands(
        client.rest,
        { appId: options.appId, guildId: options.guildId },
        descriptors,
      );
      logger.info(result, 'discord: commands registered');
    },
  };
}
