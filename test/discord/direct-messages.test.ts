// Answers written in the DM become MessageEvents, under a typing indicator, with replies posted back in the DM.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageEvent } from '../../src/platform/types.js';
import { aUser, type FakeDiscord, useDiscordSuite } from './harness.js';

describe('discord direct messages', () => {
  const suite = useDiscordSuite();
  const { recorder } = suite;
  let fake: FakeDiscord;
  beforeAll(() => {
    fake = suite.fake;
  });

  it('turns a DM into a MessageEvent from the "dm" workspace, in that DM channel', async () => {
    const user = aUser('jiho');
    const { messageId, channelId } = fake.sendDirectMessage({
      user,
      content: 'An index trades write speed for reads.',
    });
    const [event] = (await recorder.waitForEvents(1)) as MessageEvent[];
    expect(event).toEqual({
      kind: 'message',
      eventId: messageId,
      text: 'An index trades write speed for reads.',
      attachments: [],
      user: { platform: 'discord', workspaceId: 'dm', userId: user.id, displayName: 'Jiho', isAdmin: false },
      where: { platform: 'discord', workspaceId: 'dm', channelId },
    });
  });

  it('shows the typing indicator while the core works, then posts its reply in the DM without mentions', async () => {
    recorder.answerWith(() => [{ text: 'Noted — @everyone will not be pinged.', ephemeral: true }]);
    const user = aUser();
    const { channelId } = fake.sendDirectMessage({ user, content: 'my answer' });
    const [posted] = await fake.waitForMessages(channelId, 1);
    const typing = fake.calls.findIndex(
      (c) => c.method === 'POST' && c.path === `/channels/${channelId}/typing`,
    );
    const reply = fake.calls.findIndex(
      (c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`,
    );
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(reply);
    expect(posted!.content).toBe('Noted — @everyone will not be pinged.');
    expect(posted!.allowedMentions).toEqual({ parse: [] });
    expect(posted!.flags).toBe(0);
  });

  it('keeps one user’s messages in order even when the first takes longer', async () => {
    const order: string[] = [];
    recorder.answerWith(async (event) => {
      const text = (event as MessageEvent).text;
      if (text === 'first') await new Promise((resolve) => setTimeout(resolve, 150));
      order.push(text);
      return [];
    });
    const user = aUser();
    fake.sendDirectMessage({ user, content: 'first' });
    fake.sendDirectMessage({ user, content: 'second' });
    await recorder.waitForEvents(2);
    // The second event reaches the core only after the first has finished.
    expect(order).toEqual(['first', 'second']);
  });

  it('ignores messages from bots, including its own', async () => {
    fake.sendDirectMessage({ user: { id: '99', username: 'other-bot', bot: true }, content: 'beep' });
    fake.sendDirectMessage({ user: aUser(), content: 'a person' });
    const events = (await recorder.waitForEvents(1)) as MessageEvent[];
    expect(events.map((e) => e.text)).toEqual(['a person']);
  });

  it('ignores server messages that do not mention it', async () => {
    const user = aUser();
    fake.sendGuildMessage({
      user,
      channelId: fake.guild.channels[0]!.id,
      content: 'chatting with friends',
      mentionBot: false,
    });
    fake.sendDirectMessage({ user, content: 'in the DM' });
    const events = (await recorder.waitForEvents(1)) as MessageEvent[];
    expect(events.map((e) => e.text)).toEqual(['in the DM']);
  });

  it('hears a mention in a server channel and replies to it there, pinging nobody', async () => {
    recorder.answerWith(() => [
      { text: 'Your interview is in our DMs: please answer there.', ephemeral: true },
    ]);
    const user = aUser();
    const general = fake.guild.channels[0]!.id;
    const { messageId } = fake.sendGuildMessage({
      user,
      channelId: general,
      content: 'my answer',
      mentionBot: true,
    });
    const [event] = (await recorder.waitForEvents(1)) as MessageEvent[];
    expect(event).toMatchObject({
      text: 'my answer',
      user: { workspaceId: fake.guild.id },
      where: { channelId: general },
    });
    const call = await fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${general}/messages`,
    );
    expect(call.body).toMatchObject({
      content: 'Your interview is in our DMs: please answer there.',
      allowed_mentions: { parse: [] },
      message_reference: { message_id: messageId },
    });
    expect((call.body as { flags?: number }).flags).toBeUndefined();
  });
});
