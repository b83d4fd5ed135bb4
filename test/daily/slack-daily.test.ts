// A club's day with the question of the day, on real Bolt against the fake Slack: post → three members
// answer in the thread → ephemeral feedback → the tally edited in place → the next day's post and the
// weekly board; a channel the bot is not in, or was removed from.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { blocksToText } from '../fakes/slack/conversation-reader.js';
import { FAKE_CREDENTIALS, type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { messageEvent, slashCommand } from '../fakes/slack/payloads.js';
import { createSocketDriver } from '../fakes/slack/slack-driver.js';
import type { RecordedCall } from '../fakes/slack/web-api.js';
import { DAY, NINE, SUNDAY_EIGHT_SEOUL, until } from './day-clock.js';

const STUDY = 'C0STUDY';
const MEMBERS = ['UMINJI', 'UJOON', 'USORA'];

const text = (call: RecordedCall) => blocksToText(call.body.blocks, call.body.text);

describe('the question of the day on slack', () => {
  let fake: FakeSlack | undefined;
  let bot: Bot | undefined;
  const clock = { now: SUNDAY_EIGHT_SEOUL };
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const boot = async () => {
    clock.now = SUNDAY_EIGHT_SEOUL;
    fake = await startFakeSlack();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'daily-slack-'));
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      JOB_POLL_MS: '20',
      CONSOLE: 'off',
      DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
      SLACK_BOT_TOKEN: FAKE_CREDENTIALS.botToken,
      SLACK_APP_TOKEN: FAKE_CREDENTIALS.appToken,
      SLACK_API_URL: fake.api.apiUrl,
    });
    const adapter = createSlackAdapter({
      botToken: FAKE_CREDENTIALS.botToken,
      appToken: FAKE_CREDENTIALS.appToken,
      port: 0,
      adminUserIds: [],
      apiUrl: fake.api.apiUrl,
      logger: createSilentLogger(),
      retryConfig: { retries: 0 },
    });
    bot = await createBot({
      config,
      logger: createSilentLogger(),
      adapters: [adapter],
      now: () => clock.now,
    });
    await bot.start();
    fake.api.setUser({ id: 'UADA', name: 'ada', locale: 'en-US', is_admin: true });
    for (const id of MEMBERS) fake.api.setUser({ id, name: id.slice(1).toLowerCase(), locale: 'en-US' });
    fake.api.setChannel(STUDY, { botIsMember: true, members: ['UADA', ...MEMBERS] });
    return fake;
  };

  const driver = () => createSocketDriver(fake!.socket);

  /** `/interview <text>` in the study channel; resolves with what Slack showed the user. */
  const command = async (userId: string, commandText: string) => {
    const before = fake!.api.responses.length;
    await driver().command(
      slashCommand({
        text: commandText,
        userId,
        channelId: STUDY,
        responseUrlBase: `${fake!.api.responseUrlBase}${userId}/`,
      }),
    );
    await until(() => fake!.api.responses.length > before, `the reply to ${commandText}`);
    return fake!.api.responses.slice(before).map(text).join('\n');
  };

  const answers = async () =>
    Number((await bot!.core.knex('daily_answers').sum({ n: 'revision' }).first())?.n ?? 0);
  const settle = async (expectedRevisions = 0) => {
    await until(async () => (await answers()) >= expectedRevisions, `${expectedRevisions} answer revisions`);
    expect(await bot!.core.runner.whenIdle(15_000)).toBe(true);
  };

  const reply = (userId: string, threadTs: string, content: string) =>
    driver().event(
      messageEvent({ userId, channelId: STUDY, channelType: 'channel', threadTs, text: content }),
    );

  const channelPosts = () =>
    fake!.api
      .callsTo('chat.postMessage')
      .filter((c) => c.body.channel === STUDY && !c.body.thread_ts && c.reply?.ok === true);

  it('runs a whole day: post, three answers, private feedback, the tally, the next day and the board', async () => {
    const slack = await boot();
    const set = await command('UADA', `daily set <#${STUDY}|study> 09:00 Asia/Seoul be`);
    console.log(`[slack] /interview daily set → ${set}`);
    expect(set).toMatch(/every day at 09:00 \(Asia\/Seoul\)/);
    expect(await command('UADA', 'daily board-on')).toMatch(/weekly board is on/);

    clock.now = NINE + 1000;
    await settle();
    const [post] = channelPosts();
    console.log(`[slack] 09:00 Seoul, in #study:\n${text(post!)}`);
    expect(text(post!).split('\n')[0]).toMatch(/Question of the day$/);
    const threadTs = String(post!.reply?.ts);
    const tallyPost = slack.api.callsTo('chat.postMessage').find((c) => c.body.thread_ts === threadTs);
    expect(text(tallyPost!)).toMatch(/No answers yet/);

    const stored = (await bot!.core.daily.store.listPosts('slack', 'T0CLUB', STUDY))[0]!;
    const question = (await bot!.core.deps.bank.get(stored.questionId))!;
    await reply('UMINJI', threadTs, question.exampleAnswer);
    await reply('UJOON', threadTs, question.keyPoints.slice(0, 2).join('. '));
    await reply('USORA', threadTs, 'I am not sure.');
    await settle(3);
    await reply('USORA', threadTs, question.keyPoints.slice(0, 1).join('. '));
    await settle(4);
    expect(await command('USORA', 'daily hide-me')).toMatch(/not be named/);

    const ephemeral = (userId: string) =>
      slack.api
        .callsTo('chat.postEphemeral')
        .filter((c) => c.body.user === userId && c.body.thread_ts === threadTs && c.body.channel === STUDY)
        .map(text);
    for (const userId of MEMBERS) {
      console.log(`[slack] ephemeral to ${userId} in the thread:\n${ephemeral(userId).at(-1)}`);
      expect(ephemeral(userId).at(-1)).toMatch(
        /Covered[\s\S]*Missing[\s\S]*Model answer[\s\S]*Streak: 1 day/,
      );
    }
    expect(ephemeral('USORA')).toHaveLength(2);
    const updates = slack.api.callsTo('chat.update').filter((c) => c.body.ts === tallyPost!.reply?.ts);
    console.log(`[slack] the tally, edited ${updates.length} times, now:\n${text(updates.at(-1)!)}`);
    expect(text(updates.at(-1)!)).toMatch(/\*3\* answered so far/);
    const botThreadPosts = slack.api.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === threadTs);
    expect(botThreadPosts).toHaveLength(1);

    clock.now = NINE + DAY + 1000;
    await settle(4);
    const closed = slack.api
      .callsTo('chat.update')
      .filter((c) => c.body.ts === tallyPost!.reply?.ts)
      .at(-1)!;
    console.log(`[slack] 24 hours later, the tally:\n${text(closed)}`);
    expect(text(closed)).toMatch(/answered in 24 hours[\s\S]*Model answer[\s\S]*Most commonly missed/);
    const [, ...later] = channelPosts();
    const nextPost = later.map(text).find((t) => /Question of the day/.test(t));
    const board = later.map(text).find((t) => /This week's practice board/.test(t));
    console.log(`[slack] Monday 09:00, in #study:\n${nextPost}\n\n${board}`);
    expect(nextPost).toBeDefined();
    expect(nextPost).not.toContain(question.question);
    expect(board).toMatch(/3 members answered 3 times/);
    expect(board).toMatch(/minji: 1 day/);
    expect(board).not.toMatch(/sora/);
  });

  it('refuses to set up a channel the bot is not in, and pauses when it is removed later', async () => {
    const slack = await boot();
    slack.api.setChannel('C0OTHER', { botIsMember: false });
    expect(await command('UADA', 'daily set <#C0OTHER|random>')).toMatch(
      /I am not a member of <#C0OTHER>, so I cannot post there/,
    );
    expect(await command('UADA', 'daily set 09:00 Asia/Seoul')).toMatch(/goes to <#C0STUDY>/);
    slack.api.setChannel(STUDY, { botIsMember: false });
    clock.now = NINE + 1000;
    await settle();
    expect(channelPosts()).toHaveLength(0);
    expect(await command('UADA', 'daily status')).toMatch(/paused: I can no longer post in <#C0STUDY>/);
  });

  it('ignores channel-thread chatter that is not a daily question and refuses members the admin actions', async () => {
    await boot();
    await reply('UMINJI', '1700000000.000001', 'just chatting');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake!.api.callsTo('chat.postEphemeral')).toHaveLength(0);
    expect(fake!.api.callsTo('chat.postMessage').filter((c) => c.body.channel === STUDY)).toHaveLength(0);
    expect(await command('UMINJI', 'daily now')).toMatch(/Only workspace admins/);
  });
});
