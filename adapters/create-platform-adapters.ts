// Build the adapters the configuration turns on: the console, Discord and Slack.
import type { RequestListener } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../src/config/load-config.js';
import type { Logger } from '../src/logger.js';
import type { PlatformAdapter } from '../src/platform/types.js';
import { createConsoleAdapter, type Terminal } from './console/console-adapter.js';
import { shardFromEnv } from './discord/shard-process.js';

export interface PlatformWiring {
  adapters: PlatformAdapter[];
  /** The person at this terminal, when the console is on. */
  consoleTerminal?: Terminal | undefined;
}

/**
 * One adapter per enabled platform. Discord's and Slack's adapters are imported only when their platform
 * is on: discord.js and Bolt are the heaviest modules the bot loads, and start-up should not pay for them.
 */
export async function createPlatformAdapters(
  config: Readonly<Config>,
  logger: Logger,
  hooks: {
    onConsoleInputEnd: () => void;
    /** Serve Slack's HTTP mode from the bot's HTTP server (HTTP_PORT) when there is one. */
    mountHttp?: ((listener: RequestListener) => void) | undefined;
  },
): Promise<PlatformWiring> {
  const adapters: PlatformAdapter[] = [];
  let consoleTerminal: Terminal | undefined;
  if (config.consoleEnabled) {
    consoleTerminal = {
      input: process.stdin,
      output: process.stdout,
      userId: process.env.USER || os.userInfo().username,
      locale: process.env.LC_ALL || process.env.LANG,
    };
    adapters.push(
      createConsoleAdapter({
        terminals: [consoleTerminal],
        onInputEnd: hooks.onConsoleInputEnd,
        exportDir: path.join(config.env.DATA_DIR, 'exports'),
        // Piped lines wait for a question promised by the bot; it comes by the CV-questions deadline.
        holdLimitMs: config.env.PERSONAL_QUESTIONS_WAIT_MS + 60_000,
        logger,
      }),
    );
  }
  const env = config.env;
  if (config.discordEnabled) {
    const { createDiscordAdapter } = await import('./discord/discord-adapter.js');
    adapters.push(
      createDiscordAdapter({
        token: env.DISCORD_TOKEN!,
        appId: env.DISCORD_APP_ID!,
        guildId: env.DISCORD_GUILD_ID,
        adminRoleIds: env.DISCORD_ADMIN_ROLE_IDS,
        apiBaseUrl: env.DISCORD_API_BASE_URL,
        shard: shardFromEnv(process.env),
        logger,
      }),
    );
  }
  if (config.slackEnabled) {
    const { createSlackAdapter } = await import('./slack/slack-adapter.js');
    adapters.push(
      createSlackAdapter({
        botToken: env.SLACK_BOT_TOKEN!,
        appToken: env.SLACK_APP_TOKEN,
        signingSecret: env.SLACK_SIGNING_SECRET,
        port: env.SLACK_PORT,
        adminUserIds: env.SLACK_ADMIN_USER_IDS,
        apiUrl: env.SLACK_API_URL,
        mountHttp: hooks.mountHttp,
        logger,
      }),
    );
  }
  return { adapters, consoleTerminal };
}
