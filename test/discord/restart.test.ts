// A restarted bot (a brand-new discord.js Client) keeps talking in the conversations stored before the restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionEvent, MessageEvent, PlatformAdapter } from '../../src/platform/types.js';
import { aUser, createRecordingSink, type FakeDiscord, startAdapter, startFakeDiscord } from './harness.js';

describe('discord restart', () => {
  let fake: FakeDiscord;
  const adapters: PlatformAdapter[] = [];

  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.stop();
    await fake.close();
  });

  async function boot() {
    const recorder = createRecordingSink();
    const adapter = await startAdapter(fake, recorder);
    adapters.push(adapter);
    return { recorder, adapter };
  }

  it('continues a DM interview on a new client: sends to the stored ref and hears answers and clicks', async () => {
    const user = fake.addUser(aUser());
    const first = await boot();
    const ref = await first.adapter.openConversation(
      { platform: 'discord', workspaceId: fake.guild.id, userId: user.id },
      { title: 'Mock interview — Frontend', locale: 'en' },
    );
    const stored = JSON.parse(JSON.stringify(ref));
    const asked = await first.adapter.send(ref, {
      title: 'Question 1',
      text: 'What is the virtual DOM?',
      buttons: [{ action: 'skip', label: 'Skip', value: '7' }],
    });
    await first.adapter.stop();
    adapters.splice(0);
    expect(fake.gateway.openSessions).toBe(0);

    const second = await boot();
    expect(fake.gateway.identifies).toHaveLength(2);
    await second.adapter.send(stored, { title: 'Question 2', text: 'How does React reconcile?' });
    expect(fake.messagesIn(ref.channelId).map((m) => m.embeds[0]?.title)).toEqual([
      undefined, // the greeting: plain text
      'Question 1',
      'Question 2',
    ]);

    fake.sendDirectMessage({ user, content: 'It diffs trees by key and type.' });
    const oldQuestion = fake.messagesIn(ref.channelId).find((m) => m.id === asked.messageId)!;
    fake.clickButton({ user, message: oldQuestion, customId: 'cyi:skip:7' });
    const [answer, click] = await second.recorder.waitForEvents(2);
    expect((answer as MessageEvent).text).toBe('It diffs trees by key and type.');
    expect((answer as MessageEvent).where.channelId).toBe(ref.channelId);
    expect(click as ActionEvent).toMatchObject({ kind: 'action', action: 'skip', value: '7' });
  });

  it('continues in a fallback thread after a restart', async () => {
    const user = fake.addUser(aUser());
    fake.closeDirectMessages(user.id);
    const first = await boot();
    const ref = await first.adapter.openConversation(
      { platform: 'discord', workspaceId: fake.guild.id, userId: user.id },
      {
        title: 'Mock interview — AI',
        locale: 'en',
        where: { platform: 'discord', workspaceId: fake.guild.id, channelId: fake.guild.channels[0]!.id },
      },
    );
    await first.adapter.stop();
    adapters.splice(0);

    const second = await boot();
    await second.adapter.send(ref, { text: 'Welcome back.' });
    expect(fake.messagesIn(ref.threadId!).at(-1)!.content).toBe('Welcome back.');
    fake.sendGuildMessage({
      user,
      channelId: ref.threadId!,
      content: 'Here is my answer.',
      mentionBot: true,
    });
    const [event] = (await second.recorder.waitForEvents(1)) as MessageEvent[];
    expect(event!.where.threadId).toBe(ref.threadId);
  });

  it('finishes the work in flight before stop() resolves', async () => {
    const { recorder, adapter } = await boot();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    recorder.answerWith(async () => {
      await gate;
      return [{ text: 'Saved your answer.' }];
    });
    const { channelId } = fake.sendDirectMessage({ user: aUser(), content: 'answer' });
    await recorder.waitForEvents(1);
    let stopped = false;
    const stopping = adapter.stop().then(() => {
      stopped = true;
    });
    adapters.splice(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(fake.messagesIn(channelId).map((m) => m.content)).toEqual(['Saved your answer.']);
  });
});
