// Real Bolt, fake Slack: commands, threads, messages, buttons and restarts through the adapter, in both modes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionEvent, CommandEvent, MessageEvent } from '../../src/platform/types.js';
import { blockActions, messageEvent, slashCommand } from '../fakes/slack/payloads.js';
import { FAKE_TEAM_ID } from '../fakes/slack/web-api.js';
import { MODES, type SlackHarness, startSlackHarness, waitFor } from './harness.js';

const MEMBER = 'U0MEMBER';

describe.each(MODES)('slack adapter (%s mode)', (mode) => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(mode, { adminUserIds: ['U0CONFIGADMIN'] });
    h.fake.api.setUser({ id: MEMBER, real_name: 'Mina Park', locale: 'en-US' });
  });
  afterEach(async () => {
    await h.stop();
  });

  const command = (text: string, userId = MEMBER) =>
    h.driver.command(slashCommand({ text, userId, responseUrlBase: h.fake.api.responseUrlBase }));

  describe('slash commands', () => {
    it('acknowledges /interview and hands the parsed subcommand to the core', async () => {
      const delivery = await command('START be');
      expect(delivery.status).toBe(200);
      const event = await waitFor(() => h.recorder.events[0] as CommandEvent | undefined);
      expect(event).toMatchObject({
        kind: 'command',
        name: 'start',
        options: { position: 'be' },
        attachments: [],
        user: { platform: 'slack', workspaceId: FAKE_TEAM_ID, userId: MEMBER, displayName: 'Mina Park' },
        where: { platform: 'slack', workspaceId: FAKE_TEAM_ID, channelId: 'C0GENERAL' },
      });
      expect(event.eventId).toMatch(/^command:/);
    });

    it('acknowledges before the core has answered, so a slow core never trips Slack’s 3 s limit', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      h.recorder.answerWith(async () => {
        await gate;
        return [{ text: 'Done.' }];
      });
      const delivery = await command('start be');
      expect(delivery.status).toBe(200);
      await waitFor(() => h.recorder.events[0]);
      expect(h.fake.api.responses).toHaveLength(0);
      release();
      await waitFor(() => h.fake.api.responses[0]);
    });

    it('turns an unknown subcommand into help', async () => {
      await command('dance now');
      const event = await waitFor(() => h.recorder.events[0] as CommandEvent | undefined);
      expect(event.name).toBe('help');
    });

    it('sends the core’s replies ephemerally through response_url', async () => {
      h.recorder.answerWith(() => [{ title: 'Interview started', text: 'Check your **DMs**.' }]);
      await command('start be');
      const reply = await waitFor(() => h.fake.api.responses[0]);
      expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(JSON.stringify(reply.body.blocks)).toContain('Check your *DMs*.');
    });

    it('marks configured admins and workspace admins as admins, and members as not', async () => {
      h.fake.api.setUser({ id: 'U0OWNER', is_owner: true });
      await command('stats', 'U0CONFIGADMIN');
      await command('stats', 'U0OWNER');
      await command('stats', MEMBER);
      const events = await waitFor(() => h.recorder.events.length === 3 && h.recorder.events);
      const admin = Object.fromEntries(events.map((event) => [event.user.userId, event.user.isAdmin]));
      expect(admin).toEqual({ U0CONFIGADMIN: true, U0OWNER: true, [MEMBER]: false });
    });

    it('passes the Korean locale from users.info', async () => {
      h.fake.api.setUser({ id: 'U0KO', locale: 'ko-KR' });
      await command('help', 'U0KO');
      const event = await waitFor(() => h.recorder.events[0]);
      expect(event.user.platformLocale).toBe('ko-KR');
      expect(h.fake.api.callsTo('users.info')[0]?.body).toMatchObject({
        user: 'U0KO',
        include_locale: 'true',
      });
    });

    it('answers with an apology carrying a reference when the core throws', async () => {
      h.recorder.answerWith(() => {
        throw new Error('boom');
      });
      await command('start be');
      const reply = await waitFor(() => h.fake.api.responses[0]);
      expect(JSON.stringify(reply.body.blocks)).toMatch(/Reference: `[0-9a-f]{8}`/);
    });
  });

  describe('the session thread', () => {
    it('opens a DM, posts the title as the root message and returns its thread', async () => {
      const user = { platform: 'slack' as const, workspaceId: FAKE_TEAM_ID, userId: MEMBER };
      const ref = await h.adapter.openConversation(user, { title: 'Mock interview: Backend', locale: 'en' });
      expect(h.fake.api.callsTo('conversations.open')[0]?.body).toMatchObject({ users: MEMBER });
      const root = h.fake.api.callsTo('chat.postMessage')[0];
      expect(root?.body).toMatchObject({ channel: `D${MEMBER}` });
      expect(root?.body.thread_ts).toBeUndefined();
      expect(ref).toEqual({
        platform: 'slack',
        workspaceId: FAKE_TEAM_ID,
        channelId: `D${MEMBER}`,
        threadId: expect.any(String),
      });

      await h.adapter.send(ref, { text: 'Question 1' });
      expect(h.fake.api.callsTo('chat.postMessage')[1]?.body).toMatchObject({ thread_ts: ref.threadId });
    });

    it('edits a progress message in place with chat.update', async () => {
      const ref = {
        platform: 'slack' as const,
        workspaceId: FAKE_TEAM_ID,
        channelId: `D${MEMBER}`,
        threadId: '1.0',
      };
      const handle = await h.adapter.send(ref, { progress: { done: 1, total: 4, label: 'Evaluating' } });
      await h.adapter.update(handle, { progress: { done: 4, total: 4, label: 'Evaluated' } });
      const update = h.fake.api.callsTo('chat.update')[0];
      expect(update?.body).toMatchObject({ channel: `D${MEMBER}`, ts: handle.messageId });
      expect(JSON.stringify(update?.body.blocks)).toContain('4/4');
    });

    it('refuses with a localisable error when Slack will not open the DM', async () => {
      h.fake.api.failNext('conversations.open', 'cannot_dm_bot');
      const user = { platform: 'slack' as const, workspaceId: FAKE_TEAM_ID, userId: MEMBER };
      await expect(h.adapter.openConversation(user, { title: 'x', locale: 'en' })).rejects.toMatchObject({
        key: 'slack.dm_unavailable',
      });
    });

    it('keeps talking in a stored thread after a restart', async () => {
      const user = { platform: 'slack' as const, workspaceId: FAKE_TEAM_ID, userId: MEMBER };
      const ref = JSON.parse(
        JSON.stringify(await h.adapter.openConversation(user, { title: 'T', locale: 'en' })),
      );
      await h.restart();
      await h.adapter.send(ref, { text: 'Welcome back' });
      expect(h.fake.api.callsTo('chat.postMessage').at(-1)?.body).toMatchObject({
        channel: ref.channelId,
        thread_ts: ref.threadId,
      });
      await h.driver.event(messageEvent({ userId: MEMBER, text: 'my answer', threadTs: ref.threadId }));
      const event = await waitFor(() => h.recorder.events[0] as MessageEvent | undefined);
      expect(event.where.threadId).toBe(ref.threadId);
    });
  });

  describe('messages', () => {
    it('reports an answer in a thread with the thread it was written in', async () => {
      const body = messageEvent({
        userId: MEMBER,
        text: 'I would use a &lt;Map&gt; &amp; a set',
        threadTs: '1.5',
      });
      await h.driver.event(body);
      const event = await waitFor(() => h.recorder.events[0] as MessageEvent | undefined);
      expect(event).toMatchObject({
        kind: 'message',
        eventId: body.event_id,
        text: 'I would use a <Map> & a set',
        attachments: [],
        where: { platform: 'slack', workspaceId: FAKE_TEAM_ID, channelId: `D${MEMBER}`, threadId: '1.5' },
      });
    });

    it('posts the core’s pointer ephemerally where a misplaced message was written', async () => {
      h.recorder.answerWith(() => [{ text: 'Please answer in the session thread.', ephemeral: true }]);
      await h.driver.event(messageEvent({ userId: MEMBER, text: 'hello?' }));
      const pointer = await waitFor(() => h.fake.api.callsTo('chat.postEphemeral')[0]);
      expect(pointer.body).toMatchObject({ channel: `D${MEMBER}`, user: MEMBER });
      expect(pointer.body.thread_ts).toBeUndefined();
    });

    it('hands the same event_id to the core when Slack retries an event', async () => {
      const body = messageEvent({ userId: MEMBER, text: 'answer', threadTs: '1.5' });
      await h.driver.event(body);
      await h.driver.event(body, { retryNum: 1, retryReason: 'http_timeout' });
      const events = await waitFor(() => h.recorder.events.length === 2 && h.recorder.events);
      expect(events.map((event) => event.eventId)).toEqual([body.event_id, body.event_id]);
    });

    it('ignores bot messages, edits, deletions and channel chatter', async () => {
      await h.driver.event(messageEvent({ botId: 'B0OTHER', text: 'beep' }));
      await h.driver.event(
        messageEvent({ subtype: 'message_changed', extra: { message: { text: 'edited' } } }),
      );
      await h.driver.event(messageEvent({ subtype: 'message_deleted' }));
      await h.driver.event(messageEvent({ userId: MEMBER, text: 'in a channel', channelType: 'channel' }));
      await h.driver.event(messageEvent({ userId: MEMBER, text: 'the real one' }));
      const event = await waitFor(() => h.recorder.events[0] as MessageEvent | undefined);
      expect(event.text).toBe('the real one');
      expect(h.recorder.events).toHaveLength(1);
    });

    it('turns a shared PDF into an attachment that downloads with the bot token', async () => {
      const pdf = new TextEncoder().encode('%PDF-1.4 fake cv');
      const url = h.fake.files.add('cv.pdf', { bytes: pdf, contentType: 'application/pdf' });
      const file = {
        id: 'F1',
        name: 'cv.pdf',
        mimetype: 'application/pdf',
        filetype: 'pdf',
        size: pdf.length,
      };
      await h.driver.event(
        messageEvent({
          userId: MEMBER,
          subtype: 'file_share',
          threadTs: '1.5',
          files: [{ ...file, url_private_download: url }],
        }),
      );
      const event = await waitFor(() => h.recorder.events[0] as MessageEvent | undefined);
      const [attachment] = event.attachments;
      expect(attachment).toMatchObject({
        fileName: 'cv.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
      });
      expect(h.fake.files.requests).toHaveLength(0);
      const bytes = await attachment!.download({ maxBytes: 1024, timeoutMs: 2_000 });
      expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4 fake cv');
      expect(h.fake.files.requests[0]?.authorization).toBe('Bearer xoxb-fake');
    });

    it('reports a non-PDF share with its real type and downloads nothing by itself', async () => {
      const url = h.fake.files.add('photo.png', { bytes: new Uint8Array(8), contentType: 'image/png' });
      const file = { id: 'F3', name: 'photo.png', mimetype: 'image/png', filetype: 'png', size: 8 };
      await h.driver.event(
        messageEvent({ userId: MEMBER, threadTs: '1.5', files: [{ ...file, url_private_download: url }] }),
      );
      const event = await waitFor(() => h.recorder.events[0] as MessageEvent | undefined);
      expect(event.attachments[0]).toMatchObject({
        fileName: 'photo.png',
        contentType: 'image/png',
        sizeBytes: 8,
      });
      expect(h.fake.files.requests).toHaveLength(0);
    });

    it('reads stub files (file_access: check_file_info) with files.info first', async () => {
      const url = h.fake.files.add('stub.pdf', { bytes: new Uint8Array(3), contentType: 'application/pdf' });
      h.fake.api.setFile({
        id: 'F2',
        name: 'stub.pdf',
        mimetype: 'application/pdf',
        size: 3,
        url_private_download: url,
      });
      await h.driver.event(
        messageEvent({
          userId: MEMBER,
          threadTs: '1.5',
          files: [{ id: 'F2', file_access: 'check_file_info' }],
        }),
      );
      const event = await waitFor(() => h.recorder.events[0] as MessageEvent | undefined);
      expect(event.attachments[0]).toMatchObject({ fileName: 'stub.pdf', sizeBytes: 3 });
    });
  });

  describe('buttons', () => {
    it('acknowledges a click and hands the action to the core with its thread', async () => {
      const delivery = await h.driver.action(
        blockActions({
          userId: MEMBER,
          actionId: 'interview:skip',
          value: 'turn-3',
          threadTs: '1.5',
          responseUrlBase: h.fake.api.responseUrlBase,
        }),
      );
      expect(delivery.status).toBe(200);
      const event = await waitFor(() => h.recorder.events[0] as ActionEvent | undefined);
      expect(event).toMatchObject({
        kind: 'action',
        action: 'skip',
        value: 'turn-3',
        where: { channelId: `D${MEMBER}`, threadId: '1.5' },
      });
    });

    it('posts a non-ephemeral reply to a click into the clicked thread', async () => {
      h.recorder.answerWith(() => [{ text: 'Skipped.' }]);
      await h.driver.action(
        blockActions({
          userId: MEMBER,
          actionId: 'interview:end',
          threadTs: '1.5',
          responseUrlBase: h.fake.api.responseUrlBase,
        }),
      );
      const post = await waitFor(() => h.fake.api.callsTo('chat.postMessage')[0]);
      expect(post.body).toMatchObject({ channel: `D${MEMBER}`, thread_ts: '1.5' });
    });
  });
});
