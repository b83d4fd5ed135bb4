// Opening the interview's conversation: the DM, or a private thread when DMs are closed, or a clear refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import type {
  CommandEvent,
  ConversationRef,
  MessageEvent,
  PlatformAdapter,
} from '../../src/platform/types.js';
import { aUser, createRecordingSink, type FakeDiscord, startAdapter, startFakeDiscord } from './harness.js';

describe('discord conversations', () => {
  let fake: FakeDiscord;
  let adapter: PlatformAdapter;
  const recorder = createRecordingSink();
  let opened: ConversationRef[];

  beforeEach(async () => {
    fake = await startFakeDiscord();
    recorder.events.length = 0;
    opened = [];
    // Like the core's `start`: open the conversation, ask there, answer the command in place.
    recorder.answerWith(async (event, platform) => {
      if (event.kind !== 'command') return [];
      const language = event.user.platformLocale === 'ko' ? 'ko' : 'en';
      const ref = await platform.openConversation(event.user, {
        title: 'Mock interview — Backend',
        locale: language,
        where: event.where,
      });
      opened.push(ref);
      await platform.send(ref, {
        title: 'Question 1',
        text: 'Tell me about a project you are proud of.',
        tone: 'question',
      });
      return [{ text: 'Your interview has started.', ephemeral: true }];
    });
    adapter = await startAdapter(fake, recorder);
  });
  afterEach(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('opens the DM, greets the user there and runs the interview in it', async () => {
    const user = aUser();
    const { token } = fake.runSlashCommand({ user, subcommand: 'start' });
    const reply = await fake.waitForReply(token);
    const dm = fake.state.dmChannelOf(user.id);
    expect(opened).toEqual([{ platform: 'discord', workspaceId: fake.guild.id, channelId: dm }]);
    expect(fake.callsTo('POST', /^\/users\/@me\/channels$/)[0]!.body).toEqual({ recipient_id: user.id });
    const [greeting, question] = fake.messagesIn(dm);
    expect(greeting!.content).toBe(t('en', 'discord.dm_opened_from', { server: 'Study group' }));
    expect(question!.embeds[0]!.title).toBe('Question 1');
    expect(reply.content).toBe('Your interview has started.');
    expect(fake.state.followUpsOf(token)).toHaveLength(0);
  });

  it('edits a progress message in place', async () => {
    const user = fake.addUser(aUser());
    const ref = await adapter.openConversation(
      { platform: 'discord', workspaceId: fake.guild.id, userId: user.id },
      { title: 'Report', locale: 'en' },
    );
    const handle = await adapter.send(ref, {
      text: 'Scoring your answers…',
      progress: { done: 1, total: 4, label: 'Evaluations' },
    });
    await adapter.update(handle, {
      text: 'Scoring your answers…',
      progress: { done: 3, total: 4, label: 'Evaluations' },
    });
    const message = fake.messagesIn(ref.channelId).find((m) => m.id === handle.messageId)!;
    expect(message.edits).toBe(1);
    expect(message.embeds[0]!.fields).toEqual([{ name: 'Evaluations', value: '▰▰▰▰▰▰▰▰▱▱ 3/4' }]);
  });

  it('falls back to a private thread when DMs are closed, and says so only to the user', async () => {
    const user = aUser('yuna');
    fake.closeDirectMessages(user.id);
    const { token } = fake.runSlashCommand({ user, subcommand: 'start' });
    await fake.waitForCalls((c) => c.method === 'POST' && c.path === `/webhooks/${fake.appId}/${token}`, 1);

    const general = fake.guild.channels[0]!.id;
    const create = fake.callsTo('POST', new RegExp(`^/channels/${general}/threads$`))[0]!;
    expect(create.body).toMatchObject({ type: 12, invitable: false });
    const threadId = opened[0]!.threadId!;
    // `fallback` tells the core this is not the DM, so it sends no "check your DMs" of its own.
    expect(opened[0]).toEqual({
      platform: 'discord',
      workspaceId: fake.guild.id,
      channelId: general,
      threadId,
      fallback: 'channel-thread',
    });
    expect(fake.state.threads.get(threadId)!.members.has(user.id)).toBe(true);
    const [intro, question] = fake.messagesIn(threadId);
    expect(intro!.content).toBe(t('en', 'discord.thread_intro', { mention: `<@${fake.bot.id}>` }));
    expect(intro!.allowedMentions).toEqual({ parse: [] });
    expect(question!.embeds[0]!.title).toBe('Question 1');

    expect((await fake.waitForReply(token)).content).toBe('Your interview has started.');
    const [notice] = fake.state.followUpsOf(token);
    expect(notice!.content).toBe(t('en', 'discord.dm_closed_thread', { threadId }));
    expect(notice!.flags).toBe(64);
  });

  it('reads answers in the fallback thread when they mention the bot', async () => {
    const user = aUser();
    fake.closeDirectMessages(user.id);
    const { token } = fake.runSlashCommand({ user, subcommand: 'start' });
    await fake.waitForReply(token);
    recorder.answerWith(() => []);
    const threadId = opened[0]!.threadId!;
    fake.sendGuildMessage({ user, channelId: threadId, content: 'not for the bot', mentionBot: false });
    fake.sendGuildMessage({
      user,
      channelId: threadId,
      content: 'I led the migration to PostgreSQL.',
      mentionBot: true,
    });
    const events = await recorder.waitForEvents(2);
    const answer = events[1] as MessageEvent;
    expect(events).toHaveLength(2);
    expect(answer).toMatchObject({
      kind: 'message',
      text: 'I led the migration to PostgreSQL.',
      where: { workspaceId: fake.guild.id, channelId: fake.guild.channels[0]!.id, threadId },
    });
  });

  it('explains how to open DMs, in Korean for a Korean client, when no thread can be made either', async () => {
    const user = aUser();
    fake.closeDirectMessages(user.id);
    fake.denyThreads(fake.guild.channels[0]!.id);
    const { token } = fake.runSlashCommand({ user, subcommand: 'start', locale: 'ko' });
    const reply = await fake.waitForReply(token);
    expect(reply.content).toBe(t('ko', 'discord.dm_closed'));
    expect(reply.flags & 64).toBe(64);
    expect((recorder.events[0] as CommandEvent).user.platformLocale).toBe('ko');
  });
});
