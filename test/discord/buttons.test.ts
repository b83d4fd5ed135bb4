// Button clicks: acknowledged with a deferred update, turned into ActionEvents, and taken off the message.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionEvent, ConversationRef, PlatformAdapter } from '../../src/platform/types.js';
import type { StoredMessage } from '../fakes/discord/state.js';
import { aUser, type FakeDiscord, useDiscordSuite } from './harness.js';

describe('discord buttons', () => {
  const suite = useDiscordSuite();
  const { recorder } = suite;
  let fake: FakeDiscord;
  let adapter: PlatformAdapter;
  const user = aUser('hana');
  let ref: ConversationRef;

  beforeAll(async () => {
    ({ fake, adapter } = suite);
    fake.addUser(user);
    ref = await adapter.openConversation(
      { platform: 'discord', workspaceId: fake.guild.id, userId: user.id },
      { title: 'Mock interview — Backend', locale: 'en' },
    );
  });

  async function askQuestion(): Promise<StoredMessage> {
    const handle = await adapter.send(ref, {
      title: 'Question 2 of 5',
      text: 'How does a B-tree index speed up lookups?',
      tone: 'question',
      buttons: [
        { action: 'skip', label: 'Skip', value: '41' },
        { action: 'end', label: 'End interview', style: 'danger' },
        { action: 'model-answer', label: 'Show a model answer', value: '40' },
      ],
    });
    return fake.messagesIn(ref.channelId).find((m) => m.id === handle.messageId)!;
  }

  const customIds = (message: StoredMessage) =>
    message.components.flatMap((row) => row.components.map((c) => c.custom_id));

  it('acknowledges a click with a deferred update and delivers the action with its value', async () => {
    const question = await askQuestion();
    const { id, token } = fake.clickButton({ user, message: question, customId: 'cyi:skip:41' });
    const [event] = (await recorder.waitForEvents(1)) as ActionEvent[];
    expect(event).toMatchObject({
      kind: 'action',
      eventId: id,
      action: 'skip',
      value: '41',
      user: { userId: user.id, workspaceId: 'dm' },
      where: { channelId: ref.channelId },
    });
    const callback = fake.calls.find((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(callback!.body).toEqual({ type: 6 });
  });

  it('removes every button after Skip so the question cannot be skipped twice', async () => {
    const question = await askQuestion();
    const { token } = fake.clickButton({ user, message: question, customId: 'cyi:skip:41' });
    const edited = await fake.waitForReply(token);
    expect(edited.id).toBe(question.id);
    expect(edited.components).toEqual([]);
    expect(edited.embeds[0]!.title).toBe('Question 2 of 5');
  });

  it('removes only the model-answer button after it is used, and follows up with the answer', async () => {
    recorder.answerWith(() => [
      { title: 'Model answer', text: 'A B-tree keeps keys sorted…', ephemeral: true },
    ]);
    const question = await askQuestion();
    const { token } = fake.clickButton({ user, message: question, customId: 'cyi:model-answer:40' });
    await fake.waitForCall((c) => c.method === 'POST' && c.path === `/webhooks/${fake.appId}/${token}`);
    expect(customIds(fake.state.originalOf(token)!)).toEqual(['cyi:skip:41', 'cyi:end']);
    const [followUp] = fake.state.followUpsOf(token);
    expect(followUp!.embeds[0]!.title).toBe('Model answer');
    expect(followUp!.flags).toBe(64);
  });

  it('turns the report’s full-report button into its action and follows up with the full report, privately', async () => {
    recorder.answerWith(() => [
      { title: 'Full interview report — Backend', text: 'Overall **6.0/10**', ephemeral: true },
      {
        title: '1. Technical · Databases — 6/10',
        text: 'How does a B-tree index speed up lookups?',
        ephemeral: true,
      },
    ]);
    const handle = await adapter.send(ref, {
      title: 'Interview report — Backend',
      text: 'Overall **6.0/10**',
      buttons: [
        {
          action: 'full-report',
          label: 'Show the full report',
          value: '12',
          typed: '/interview report 1 full',
        },
      ],
    });
    const report = fake.messagesIn(ref.channelId).find((m) => m.id === handle.messageId)!;
    // The button carries the session, never the text a terminal would type.
    expect(customIds(report)).toEqual(['cyi:full-report:12']);
    const { token } = fake.clickButton({ user, message: report, customId: 'cyi:full-report:12' });
    const [event] = (await recorder.waitForEvents(1)) as ActionEvent[];
    expect(event).toMatchObject({ kind: 'action', action: 'full-report', value: '12' });
    await fake.waitForCall(
      (c) =>
        c.method === 'POST' &&
        c.path === `/webhooks/${fake.appId}/${token}` &&
        fake.state.followUpsOf(token).length === 2,
    );
    const followUps = fake.state.followUpsOf(token);
    expect(followUps.map((m) => m.embeds[0]!.title)).toEqual([
      'Full interview report — Backend',
      '1. Technical · Databases — 6/10',
    ]);
    expect(followUps.every((m) => m.flags === 64)).toBe(true);
    // Shown once: the button leaves the report.
    expect(customIds(fake.state.originalOf(token)!)).toEqual([]);
  });

  it('leaves buttons it did not create alone', async () => {
    const question = await askQuestion();
    const foreign = fake.clickButton({ user, message: question, customId: 'poll:vote:3' });
    const ours = fake.clickButton({ user, message: question, customId: 'cyi:end' });
    await fake.waitForReply(ours.token);
    await recorder.waitForEvents(1);
    expect(recorder.events.map((e) => (e as ActionEvent).action)).toEqual(['end']);
    expect(fake.calls.some((c) => c.path.includes(foreign.token))).toBe(false);
  });
});
