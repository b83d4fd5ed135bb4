// The adapter contract's rig for Discord: the whole bot on SQLite, real discord.js, the fake Discord.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_COMMAND, MEMBER_COMMAND } from '../../adapters/discord/command-builder.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { commandDescriptors } from '../../commands/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import type { PlatformAdapter } from '../../src/platform/types.js';
import { type AdapterHarness, CONTRACT_ENV } from '../contract/adapter-contract.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import type { FakeUser } from '../fakes/discord/payloads.js';
import type { StoredMessage } from '../fakes/discord/state.js';
import { transcriptOf } from '../fakes/discord/transcript.js';
import { sqliteFileFromTemplate } from '../helpers/template-database.js';
import { waitFor } from '../helpers/wait-for.js';

/** Poll until `done()` or fail after `timeoutMs`. */
async function until(done: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(done, { what, timeoutMs });
}

/** A file a member attaches to a command option. */
export interface OptionFile {
  fileName: string;
  bytes: Uint8Array;
  contentType: string;
}

/** How a Discord member runs a command: their client's locale, their permissions and roles, attached files. */
export interface CommandOptions {
  locale?: string | undefined;
  permissions?: string | undefined;
  roles?: string[] | undefined;
  /** The `cv` option of `start`. */
  cv?: OptionFile | undefined;
  /** Any other attachment options, by option name (e.g. `file` of `bank`). */
  files?: Record<string, OptionFile> | undefined;
}

/** The contract rig plus what only Discord has: commands with attachment options, locales and permissions. */
export interface DiscordContractHarness extends AdapterHarness {
  commandAs(user: string, text: string, as: CommandOptions): Promise<void>;
  /** The fake Discord the bot is connected to (for its guild's roles). */
  discord(): FakeDiscord;
  /** The Discord user id of a person of the test (created on first use). */
  userId(user: string): string;
  /** The replies to the person's interactions (deferred reply, then follow-ups), with their files. */
  interactionReplies(user: string): StoredMessage[];
}

/** The whole bot on the fake Discord; the fake guild's first role ("Coach") is configured as an admin role. */
export function createDiscordContractHarness(): DiscordContractHarness {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'discord-contract-'));
  const users = new Map<string, { user: FakeUser; tokens: string[]; messageIds: string[] }>();
  let fake: FakeDiscord | undefined;
  let bot: Bot | undefined;
  let adapter: DiscordAdapter | undefined;
  let env: Record<string, string> = {};
  // discord.js acknowledges before the core acts; a person would not upload a CV a millisecond after
  // the command, so each step waits until the core has handled what was sent before it.
  let sent = 0;
  let handled = 0;

  const discord = () => {
    if (!fake) throw new Error('harness not started');
    return fake;
  };
  const person = (name: string) => {
    let entry = users.get(name);
    if (!entry) {
      const user = discord().addUser({
        id: String(4_000_000_000_000_000n + BigInt(users.size)),
        username: name,
      });
      entry = { user, tokens: [], messageIds: [] };
      users.set(name, entry);
    }
    return entry;
  };

  const boot = async () => {
    const fake = discord();
    const config = loadConfig({
      ...CONTRACT_ENV,
      ...env,
      CONSOLE: 'off',
      DATABASE_URL: `sqlite:${sqliteFileFromTemplate(path.join(dir, 'bot.sqlite'))}`,
      DISCORD_TOKEN: fake.token,
      DISCORD_APP_ID: fake.appId,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      DISCORD_ADMIN_ROLE_IDS: fake.guild.roles[0]!.id,
    });
    adapter = createDiscordAdapter({
      token: fake.token,
      appId: fake.appId,
      guildId: config.env.DISCORD_GUILD_ID,
      adminRoleIds: config.env.DISCORD_ADMIN_ROLE_IDS,
      apiBaseUrl: config.env.DISCORD_API_BASE_URL,
      logger: createSilentLogger(),
    });
    const discordAdapter = adapter;
    const counted: PlatformAdapter = {
      ...discordAdapter,
      platform: discordAdapter.platform,
      start: (sink) =>
        discordAdapter.start(async (event) => {
          try {
            return await sink(event);
          } finally {
            handled += 1;
          }
        }),
    };
    bot = await createBot({ config, logger: createSilentLogger(), adapters: [counted] });
    await bot.start();
  };

  const deliver = async (send: () => void) => {
    const target = ++sent;
    send();
    await until(() => handled >= target, 'the core to handle the event');
    // ...and until the adapter has posted the core's replies.
    await adapter?.whenIdle();
  };

  const dm = (name: string, content: string, attachments: ReturnType<FakeDiscord['hostAttachment']>[] = []) =>
    deliver(() => {
      const { messageId } = discord().sendDirectMessage({ user: person(name).user, content, attachments });
      person(name).messageIds.push(messageId);
    });

  /** `/interview <text>` in the server's channel, as a member with `as` (locale, permissions, roles, a CV). */
  const runCommand = async (name: string, text: string, as: CommandOptions = {}) => {
    const [subcommand = 'help', ...words] = text.trim().split(/\s+/);
    const descriptor = commandDescriptors().find((d) => d.name === subcommand);
    const stringOptions = (descriptor?.options ?? []).filter((o) => o.type !== 'attachment');
    const options = Object.fromEntries(words.map((word, i) => [stringOptions[i]?.name ?? `arg${i}`, word]));
    const given = { ...(as.cv ? { cv: as.cv } : {}), ...as.files };
    const attachments = Object.fromEntries(
      Object.entries(given).map(([option, file]) => [
        option,
        discord().hostAttachment({
          filename: file.fileName,
          bytes: file.bytes,
          contentType: file.contentType,
        }),
      ]),
    );
    await deliver(() => {
      const { token } = discord().runSlashCommand({
        user: person(name).user,
        command: descriptor?.admin ? ADMIN_COMMAND : MEMBER_COMMAND,
        subcommand,
        options,
        attachments,
        locale: as.locale,
        permissions: as.permissions,
        roles: as.roles,
      });
      person(name).tokens.push(token);
    });
  };

  return {
    async start(extra = {}) {
      env = extra;
      fake = await startFakeDiscord();
      await boot();
    },
    async restart() {
      await bot?.stop();
      await boot();
    },
    async stop() {
      await bot?.stop();
      await fake?.close();
    },
    command: (name, text) => runCommand(name, text),
    commandAs: runCommand,
    discord,
    userId: (name) => person(name).user.id,
    interactionReplies(name) {
      const { state } = discord();
      return person(name).tokens.flatMap((token) => state.interactionMessages.get(token) ?? []);
    },
    say: (name, text) => dm(name, text),
    async upload(name, fileName, bytes, contentType) {
      await dm(name, '', [discord().hostAttachment({ filename: fileName, bytes, contentType })]);
    },
    async click(name, action) {
      const fake = discord();
      const { user } = person(name);
      const message = [...fake.messagesIn(fake.state.dmChannelOf(user.id))]
        .reverse()
        .find((m) =>
          m.components.some((row) =>
            row.components.some((c) => String(c.custom_id).startsWith(`cyi:${action}`)),
          ),
        );
      if (!message) throw new Error(`no ${action} button shown to ${name}`);
      const customId = message.components
        .flatMap((row) => row.components)
        .map((c) => String(c.custom_id))
        .find((id) => id.startsWith(`cyi:${action}`))!;
      await deliver(() => {
        person(name).tokens.push(fake.clickButton({ user, message, customId }).token);
      });
    },
    transcript(name) {
      const fake = discord();
      const entry = person(name);
      const threads = [...fake.state.threads]
        .filter(([, t]) => t.members.has(entry.user.id))
        .map(([id]) => id);
      return transcriptOf(fake.state, {
        channelIds: [fake.state.dmChannelOf(entry.user.id), ...threads],
        tokens: entry.tokens,
        messageIds: entry.messageIds,
      });
    },
    async sayElsewhere(name, text) {
      await deliver(() => {
        const { messageId } = discord().sendGuildMessage({
          user: person(name).user,
          channelId: discord().guild.channels[0]!.id,
          content: text,
          mentionBot: true,
        });
        person(name).messageIds.push(messageId);
      });
    },
  };
}
