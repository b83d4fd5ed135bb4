// A study server's day with the question of the day, on real discord.js against the fake Discord:
// post with a thread → three members answer → private feedback by DM → the tally edited in place →
// the next day's post and the weekly board; and a channel the bot was removed from.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_COMMAND, MEMBER_COMMAND } from '../../adapters/discord/command-builder.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { PERMISSIONS } from '../fakes/discord/interactions.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import type { FakeUser } from '../fakes/discord/payloads.js';
import { DAY, NINE, SUNDAY_EIGHT_SEOUL, until } from './day-clock.js';
import { messageText } from '../fakes/discord/transcript.js';

describe('the question of the day on discord', () => {
  let fake: FakeDiscord | undefined;
  let bot: Bot | undefined;
  let adapter: DiscordAdapter | undefined;
  const clock = { now: SUNDAY_EIGHT_SEOUL };
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const boot = async () => {
    clock.now = SUNDAY_EIGHT_SEOUL;
    fake = await startFakeDiscord();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'daily-discord-'));
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      JOB_POLL_MS: '20',
      CONSOLE: 'off',
      DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
      DISCORD_TOKEN: fake.token,
      DISCORD_APP_ID: fake.appId,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
    });
    adapter = createDiscordAdapter({
      token: fake.token,
      appId: fake.appId,
      guildId: fake.guild.id,
      adminRoleIds: [],
      apiBaseUrl: fake.apiBaseUrl,
      logger: createSilentLogger(),
    });
    bot = await createBot({
      config,
      logger: createSilentLogger(),
      adapters: [adapter],
      now: () => clock.now,
    });
    await bot.start();
    return fake;
  };

  /** Wait until the core has stored `answers` answers (gateway events arrive asynchronously), then for its jobs. */
  const settle = async (answers = 0) => {
    await until(
      async () =>
        Number((await bot!.core.knex('daily_answers').sum({ n: 'revision' }).first())?.n ?? 0) >= answers,
      `${answers} answer revisions`,
    );
    await adapter!.whenIdle();
    expect(await bot!.core.runner.whenIdle(15_000)).toBe(true);
    await adapter!.whenIdle();
  };

  const command = async (
    user: FakeUser,
    subcommand: string,
    options: Record<string, string>,
    admin: boolean,
  ) => {
    const { token } = fake!.runSlashCommand({
      user,
      command: admin ? ADMIN_COMMAND : MEMBER_COMMAND,
      subcommand,
      options,
      permissions: admin ? PERMISSIONS.manageGuild : PERMISSIONS.member,
    });
    const reply = await fake!.waitForReply(token);
    return messageText(reply);
  };

  const member = (username: string) =>
    fake!.addUser({
      id: String(5_000_000_000_000_000n + BigInt(username.length * 7 + username.charCodeAt(0))),
      username,
    });

  const dmOf = (user: FakeUser) => fake!.messagesIn(fake!.state.dmChannelOf(user.id)).map(messageText);

  it('runs a whole day: post, three answers, private feedback, the tally, the next day and the board', async () => {
    const discord = await boot();
    const general = discord.guild.channels[0]!.id;
    const owner = member('owner');
    const set = await command(
      owner,
      'daily',
      { action: 'set', channel: general, time: '09:00', timezone: 'Asia/Seoul', position: 'be' },
      true,
    );
    console.log(`[discord] /interview-admin daily set → ${set}`);
    expect(set).toMatch(/every day at 09:00 \(Asia\/Seoul\)/);
    expect(await command(owner, 'daily', { action: 'board-on' }, true)).toMatch(/weekly board is on/);

    clock.now = NINE + 1000;
    await settle();
    const [post] = await discord.waitForMessages(general, 1);
    const postText = messageText(post!);
    console.log(`[discord] 09:00 Seoul, in #general:\n${postText}`);
    expect(postText).toMatch(/^Question of the day/m);
    expect(postText).toContain(`<@${discord.appId}>`);
    const thread = discord.state.threads.get(post!.id);
    expect(thread).toMatchObject({ parentId: general, type: 11 });
    const threadId = post!.id;

    const stored = (await bot!.core.daily.store.listPosts('discord', discord.guild.id, general))[0]!;
    const question = (await bot!.core.deps.bank.get(stored.questionId))!;
    const [minji, joon, sora] = [member('minji'), member('joon'), member('sora')];
    const answer = (user: FakeUser, content: string) =>
      discord.sendGuildMessage({ user, channelId: threadId, content, mentionBot: true });
    answer(minji, question.exampleAnswer);
    answer(joon, question.keyPoints.slice(0, 2).join('. '));
    answer(sora, 'I am not sure.');
    await settle(3);
    answer(sora, question.keyPoints.slice(0, 1).join('. '));
    await settle(4);
    // Sora hides from the board, as a member, under /interview.
    expect(await command(sora, 'daily', { action: 'hide-me' }, false)).toMatch(/not be named/);

    for (const user of [minji, joon, sora]) {
      const dm = dmOf(user).filter((text) => /question of the day/.test(text));
      console.log(`[discord] DM to ${user.username}:\n${dm.at(-1)}`);
      expect(dm.at(-1)).toMatch(/Covered[\s\S]*Missing[\s\S]*Model answer[\s\S]*Streak: 1 day/);
    }
    expect(dmOf(sora).filter((text) => /question of the day/.test(text))).toHaveLength(2);
    expect(dmOf(sora).at(-1)).toMatch(/replaces your earlier answer/);
    const scores = [minji, joon].map((u) => Number(/: (\d+)\/10/.exec(dmOf(u).at(-1)!)?.[1]));
    expect(scores[0]).toBeGreaterThan(scores[1]!);

    const [tally, ...otherBotMessages] = discord.messagesIn(threadId);
    expect(otherBotMessages).toHaveLength(0);
    console.log(
      `[discord] the thread's tally after the answers (edited ${tally!.edits} times):\n${messageText(tally!)}`,
    );
    expect(messageText(tally!)).toMatch(/\*\*3\*\* answered so far/);
    expect(tally!.edits).toBeGreaterThanOrEqual(3);

    clock.now = NINE + DAY + 1000;
    await settle();
    console.log(`[discord] 24 hours later, the tally:\n${messageText(tally!)}`);
    expect(messageText(tally!)).toMatch(
      /3\*\* answered in 24 hours[\s\S]*Model answer[\s\S]*Most commonly missed/,
    );
    const channel = await discord.waitForMessages(general, 3);
    const texts = channel.map(messageText);
    const nextPost = texts.find((text, index) => index > 0 && /^Question of the day/m.test(text));
    const board = texts.find((text) => /This week's practice board/.test(text));
    console.log(`[discord] Monday 09:00, in #general:\n${nextPost}\n\n${board}`);
    expect(nextPost).toBeDefined();
    expect(nextPost).not.toContain(question.question);
    expect(board).toMatch(/3 members answered 3 times/);
    expect(board).toMatch(/minji: 1 day/);
    expect(board).not.toMatch(/sora/);
    expect(await bot!.core.knex('sessions').count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('stops posting and says so when the bot was removed from the channel', async () => {
    const discord = await boot();
    const general = discord.guild.channels[0]!.id;
    const owner = member('owner');
    await command(owner, 'daily', { action: 'set', time: '09:00', timezone: 'Asia/Seoul' }, true);
    discord.removeBotFromChannel(general);
    clock.now = NINE + 1000;
    await settle();
    expect(discord.messagesIn(general)).toHaveLength(0);
    const status = await command(owner, 'daily', { action: 'status' }, true);
    expect(status).toMatch(/paused: I can no longer post in <#\d+>/);
    expect(await command(owner, 'daily', { action: 'now' }, true)).toMatch(/not a member of <#\d+>/);
  });
});
