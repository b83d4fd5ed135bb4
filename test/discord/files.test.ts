// Files the core hands over, through real discord.js: multipart uploads on replies, follow-ups, DMs and edits.
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import type { OutboundFile, PlatformAdapter } from '../../src/platform/types.js';
import { aUser, type FakeDiscord, useDiscordSuite } from './harness.js';

const MiB = 1024 * 1024;
const csv = (name: string, text: string): OutboundFile => ({
  name,
  contentType: 'text/csv',
  content: new TextEncoder().encode(`\uFEFF${text}`),
});
const sized = (name: string, bytes: number): OutboundFile => ({
  name,
  contentType: 'text/plain; charset=utf-8',
  content: new Uint8Array(bytes).fill(0x61),
});
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('discord files', () => {
  const suite = useDiscordSuite();
  const { recorder } = suite;
  let fake: FakeDiscord;
  let adapter: PlatformAdapter;
  beforeAll(() => {
    ({ fake, adapter } = suite);
  });

  it('uploads a file with the reply that edits the deferred command reply', async () => {
    recorder.answerWith(() => [
      { text: 'Your export.', ephemeral: true, files: [csv('bank.csv', 'id,question\n')] },
    ]);
    const { token } = fake.runSlashCommand({ user: aUser(), command: 'interview-admin', subcommand: 'bank' });
    const reply = await fake.waitForReply(token);

    const call = fake.calls.find(
      (c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`),
    )!;
    expect(call.files.map((f) => [f.field, f.name, f.contentType])).toEqual([
      ['files[0]', 'bank.csv', 'text/csv'],
    ]);
    expect(call.body).toMatchObject({ content: 'Your export.', attachments: [{ id: '0' }] });
    expect(reply.content).toBe('Your export.');
    expect(reply.flags).toBe(64);
    expect(reply.files.map((f) => f.filename)).toEqual(['bank.csv']);
    expect([...reply.files[0]!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(textOf(reply.files[0]!.bytes)).toBe('id,question\n');
  });

  it('uploads files of later replies with their ephemeral follow-ups', async () => {
    recorder.answerWith(() => [
      { text: 'Nothing was imported.', ephemeral: true },
      { title: 'Problems', text: '25 rows', ephemeral: true, files: [sized('club-problems.txt', 300)] },
    ]);
    const { token } = fake.runSlashCommand({ user: aUser(), command: 'interview-admin', subcommand: 'bank' });
    await fake.waitForCalls((c) => c.method === 'POST' && c.path === `/webhooks/${fake.appId}/${token}`, 1);
    expect((await fake.waitForReply(token)).files).toEqual([]);
    const [followUp] = fake.state.followUpsOf(token);
    expect(followUp!.flags).toBe(64);
    expect(followUp!.embeds[0]!.title).toBe('Problems');
    expect(followUp!.files.map((f) => [f.filename, f.size, f.contentType])).toEqual([
      ['club-problems.txt', 300, 'text/plain; charset=utf-8'],
    ]);
  });

  it('sends a file into a conversation as multipart, and a message without one as JSON', async () => {
    const user = fake.addUser(aUser());
    const ref = await adapter.openConversation(
      { platform: 'discord', workspaceId: fake.guild.id, userId: user.id },
      { title: 'Report', locale: 'en' },
    );
    await adapter.send(ref, { title: 'Your report', text: 'Attached.', files: [sized('report.txt', 1000)] });
    const [greeting, report] = fake.messagesIn(ref.channelId);
    expect(greeting!.files).toEqual([]);
    expect(report!.embeds[0]!.title).toBe('Your report');
    expect(report!.files.map((f) => [f.filename, f.size])).toEqual([['report.txt', 1000]]);
    const posts = fake.callsTo('POST', new RegExp(`^/channels/${ref.channelId}/messages$`));
    expect(posts.map((c) => c.files.length)).toEqual([0, 1]);
  });

  it('replaces the files of a message edited with new ones', async () => {
    const user = fake.addUser(aUser());
    const ref = await adapter.openConversation(
      { platform: 'discord', workspaceId: fake.guild.id, userId: user.id },
      { title: 'Report', locale: 'en' },
    );
    const handle = await adapter.send(ref, { text: 'Draft', files: [sized('draft.txt', 10)] });
    await adapter.update(handle, { text: 'Final', files: [sized('final.txt', 20)] });
    const message = fake.messagesIn(ref.channelId).find((m) => m.id === handle.messageId)!;
    expect(message.content).toBe('Final');
    expect(message.files.map((f) => f.filename)).toEqual(['final.txt']);
  });

  it('attaches files to the answer to a DM', async () => {
    recorder.answerWith(() => [{ text: 'Here you go.', files: [sized('notes.txt', 42)] }]);
    const user = aUser();
    const { channelId } = fake.sendDirectMessage({ user, content: 'export please' });
    const [answer] = await fake.waitForMessages(channelId, 1);
    expect(answer!.content).toBe('Here you go.');
    expect(answer!.files.map((f) => [f.filename, f.size])).toEqual([['notes.txt', 42]]);
  });

  it('never uploads more than Discord takes: an oversized file is left out and the reply says so', async () => {
    recorder.answerWith(() => [
      { text: 'Your export.', ephemeral: true, files: [sized('huge.csv', 9 * MiB), sized('small.csv', 100)] },
    ]);
    const { token } = fake.runSlashCommand({ user: aUser(), command: 'interview-admin', subcommand: 'bank' });
    const reply = await fake.waitForReply(token);
    expect(reply.files.map((f) => f.filename)).toEqual(['small.csv']);
    expect(reply.content).toBe(
      `Your export.\n\n${t('en', 'discord.file_too_large', { fileName: 'huge.csv', sizeMb: 9, maxMb: 8, maxFiles: 10 })}`,
    );
    expect(fake.calls.every((c) => c.status !== 413)).toBe(true);
  });

  it('keeps the files of one message under 8 MiB together', async () => {
    recorder.answerWith(() => [
      { text: '파일입니다.', ephemeral: true, files: [sized('a.txt', 5 * MiB), sized('b.txt', 5 * MiB)] },
    ]);
    const { token } = fake.runSlashCommand({ user: aUser(), command: 'interview-admin', subcommand: 'bank' });
    const reply = await fake.waitForReply(token, 10_000);
    expect(reply.files.map((f) => [f.filename, f.size])).toEqual([['a.txt', 5 * MiB]]);
    expect(reply.content).toContain(
      t('ko', 'discord.file_too_large', { fileName: 'b.txt', sizeMb: 5, maxMb: 8, maxFiles: 10 }),
    );
  });
});
