// Slash commands through real discord.js: deferred within Discord's deadline, then answered from the core's reply.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { CommandEvent, PlatformAdapter } from '../../src/platform/types.js';
import { PERMISSIONS } from '../fakes/discord/interactions.js';
import { aUser, createRecordingSink, type FakeDiscord, startAdapter, startFakeDiscord } from './harness.js';

describe('discord slash commands', () => {
  let fake: FakeDiscord;
  let adapter: PlatformAdapter;
  const recorder = createRecordingSink();

  beforeEach(async () => {
    fake = await startFakeDiscord();
    recorder.events.length = 0;
    recorder.answerWith(() => []);
    adapter = await startAdapter(fake, recorder, { adminRoleIds: [fake.guild.roles[0]!.id] });
  });
  afterEach(async () => {
    await adapter.stop();
    await fake.close();
  });

  it('identifies with Guilds, DirectMessages and GuildMessages only, never the privileged message content', () => {
    const intents = fake.gateway.identifies[0]!.intents;
    expect(intents).toBe((1 << 0) | (1 << 12) | (1 << 9));
    expect(intents & (1 << 15)).toBe(0);
  });

  it('acknowledges with an ephemeral deferred reply, then edits it with the core reply', async () => {
    recorder.answerWith(() => [{ title: 'Status', text: 'You are on question **2** of 5.' }]);
    const { id, token } = fake.runSlashCommand({ user: aUser(), subcommand: 'status' });

    const reply = await fake.waitForReply(token);
    const callback = fake.calls.find((c) => c.path === `/interactions/${id}/${token}/callback`);
    expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
    const editIndex = fake.calls.findIndex((c) => c.method === 'PATCH' && c.path.includes(token));
    expect(fake.calls.indexOf(callback!)).toBeLessThan(editIndex);
    expect(reply.embeds[0]).toMatchObject({
      title: 'Status',
      description: 'You are on question **2** of 5.',
    });
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('sends the messages after the first as ephemeral follow-ups', async () => {
    recorder.answerWith(() => [{ text: 'one' }, { text: 'two' }, { title: 'three', text: 'x' }]);
    const { token } = fake.runSlashCommand({ user: aUser(), subcommand: 'help' });
    await fake.waitForCalls((c) => c.method === 'POST' && c.path.endsWith(`/${token}`), 2);
    expect((await fake.waitForReply(token)).content).toBe('one');
    const followUps = fake.state.followUpsOf(token);
    expect(followUps.map((m) => m.content || m.embeds[0]?.title)).toEqual(['two', 'three']);
    expect(followUps.every((m) => m.flags === 64)).toBe(true);
  });

  it('passes the subcommand, its options and who ran it, with their locale', async () => {
    const user = aUser('sora');
    const { token } = fake.runSlashCommand({
      user,
      subcommand: 'start',
      options: { position: 'be', language: 'ko' },
      locale: 'ko',
    });
    await fake.waitForCall((c) => c.method === 'DELETE' || c.path.includes(`${token}/messages`));
    const event = recorder.events[0] as CommandEvent;
    expect(event).toMatchObject({
      kind: 'command',
      name: 'start',
      options: { position: 'be', language: 'ko' },
      attachments: [],
      user: {
        platform: 'discord',
        workspaceId: fake.guild.id,
        userId: user.id,
        displayName: 'Sora',
        platformLocale: 'ko',
        isAdmin: false,
      },
      where: { platform: 'discord', workspaceId: fake.guild.id, channelId: fake.guild.channels[0]!.id },
    });
  });

  it('marks Manage Server, Administrator and configured admin roles as admins, and nobody else', async () => {
    const [coach, member] = fake.guild.roles.map((role) => role.id);
    const cases = [
      { permissions: PERMISSIONS.manageGuild, roles: [], admin: true },
      { permissions: PERMISSIONS.administrator, roles: [], admin: true },
      { permissions: PERMISSIONS.member, roles: [coach!], admin: true },
      { permissions: PERMISSIONS.member, roles: [member!], admin: false },
    ];
    for (const c of cases) {
      fake.runSlashCommand({ user: aUser(), command: 'interview-admin', subcommand: 'stats', ...c });
    }
    const events = (await recorder.waitForEvents(4)) as CommandEvent[];
    expect(events.map((e) => [e.name, e.user.isAdmin])).toEqual(cases.map((c) => ['stats', c.admin]));
  });

  it('shows a UserError in the language of the Discord client', async () => {
    recorder.answerWith(() => {
      throw new UserError('discord.dm_closed');
    });
    const { token } = fake.runSlashCommand({ user: aUser(), subcommand: 'start', locale: 'ko' });
    const reply = await fake.waitForReply(token);
    expect(reply.content).toContain('개인정보 보호 설정');
  });

  it('answers an unexpected failure with an apology and a reference, not the error', async () => {
    recorder.answerWith(() => {
      throw new Error('database exploded at /secret/path');
    });
    const { token } = fake.runSlashCommand({ user: aUser(), subcommand: 'status' });
    const reply = await fake.waitForReply(token);
    expect(reply.content).toMatch(/Reference: `[0-9a-f]{8}`/);
    expect(reply.content).not.toContain('secret');
  });

  it('defers every command at once while a slow core works, keeping each user in order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const seen: string[] = [];
    recorder.answerWith(async (event) => {
      const e = event as CommandEvent;
      seen.push(`${e.user.displayName}:${e.name}:start`);
      if (e.user.displayName === 'Slow' && e.name === 'start') await gate;
      seen.push(`${e.user.displayName}:${e.name}:end`);
      return [{ text: e.name }];
    });
    const slow = aUser('slow');
    const first = fake.runSlashCommand({ user: slow, subcommand: 'start' });
    const second = fake.runSlashCommand({ user: slow, subcommand: 'status' });
    const other = fake.runSlashCommand({ user: aUser('quick'), subcommand: 'help' });

    await fake.waitForReply(other.token);
    for (const { id, token } of [first, second]) {
      expect(fake.calls.some((c) => c.path === `/interactions/${id}/${token}/callback`)).toBe(true);
    }
    expect(seen).toEqual(['Slow:start:start', 'Quick:help:start', 'Quick:help:end']);

    release();
    await fake.waitForReply(second.token);
    expect(seen.filter((s) => s.startsWith('Slow'))).toEqual([
      'Slow:start:start',
      'Slow:start:end',
      'Slow:status:start',
      'Slow:status:end',
    ]);
  });

  it('deletes the deferred reply when the core has nothing to say', async () => {
    const { token } = fake.runSlashCommand({ user: aUser(), subcommand: 'skip' });
    const call = await fake.waitForCall((c) => c.method === 'DELETE' && c.path.includes(token));
    expect(call.path).toBe(`/webhooks/${fake.appId}/${token}/messages/@original`);
  });
});
