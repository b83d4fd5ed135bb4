// Files the core sends (a bank export, a list of problems) reach Slack through files.uploadV2's three steps.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundFile } from '../../src/platform/types.js';
import { messageEvent, slashCommand } from '../fakes/slack/payloads.js';
import { startSlackHarness, type SlackHarness, waitFor } from './harness.js';

const ADMIN = 'U0ADMIN';
const csv = (text: string): OutboundFile => ({
  name: 'bank-t0club-technical.csv',
  contentType: 'text/csv',
  content: new TextEncoder().encode(`\uFEFF${text}`),
});

describe('slack file delivery', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness('socket', { adminUserIds: [ADMIN] });
    h.fake.api.setUser({ id: ADMIN, real_name: 'Ada Admin', locale: 'en-US' });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('uploads a command reply’s file to the admin’s DM and points to it in the ephemeral answer', async () => {
    const file = csv('id,position\nbe-1,be\n질문,한국어\n');
    h.recorder.answerWith(() => [{ ephemeral: true, text: 'Exported 1 question.', files: [file] }]);
    await h.driver.command(
      slashCommand({ text: 'stats', userId: ADMIN, responseUrlBase: h.fake.api.responseUrlBase }),
    );
    const reply = await waitFor(() => h.fake.api.responses[0]);
    const [upload] = h.fake.api.uploads;
    expect(upload).toMatchObject({ filename: file.name, title: file.name, channelId: `D${ADMIN}` });
    expect(upload?.threadTs).toBeUndefined();
    expect(upload?.declaredLength).toBe(file.content.byteLength);
    expect(Buffer.from(upload!.bytes!)).toEqual(Buffer.from(file.content));
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply.body)).toContain('I sent bank-t0club-technical.csv to your direct messages');
    expect(JSON.stringify(reply.body)).toContain('Exported 1 question.');
  });

  it('calls getUploadURLExternal, POSTs the bytes, then completes the upload, in that order', async () => {
    h.recorder.answerWith(() => [{ ephemeral: true, text: 'Here.', files: [csv('a,b\n1,2\n')] }]);
    await h.driver.command(
      slashCommand({ text: 'stats', userId: ADMIN, responseUrlBase: h.fake.api.responseUrlBase }),
    );
    await waitFor(() => h.fake.api.responses[0]);
    const methods = h.fake.api.calls.map((call) => call.method).filter((m) => m.startsWith('files.'));
    expect(methods).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    const completed = h.fake.api.callsTo('files.completeUploadExternal')[0]!;
    expect(completed.body.files).toEqual([
      { id: h.fake.api.uploads[0]!.fileId, title: 'bank-t0club-technical.csv' },
    ]);
  });

  it('still answers with the text, and a reference, when Slack refuses the upload', async () => {
    h.fake.api.failNext('files.getUploadURLExternal', 'missing_scope');
    h.recorder.answerWith(() => [{ ephemeral: true, text: 'Exported 1 question.', files: [csv('a')] }]);
    await h.driver.command(
      slashCommand({ text: 'stats', userId: ADMIN, responseUrlBase: h.fake.api.responseUrlBase }),
    );
    const [text, apology] = await waitFor(() => h.fake.api.responses.length === 2 && h.fake.api.responses);
    expect(JSON.stringify(text!.body)).toContain('Exported 1 question.');
    expect(JSON.stringify(apology!.body)).toMatch(
      /something went wrong on our side\. Reference: `[0-9a-f]{8}`/,
    );
    expect(h.fake.api.callsTo('files.completeUploadExternal')).toEqual([]);
  });

  it('shares a file that answers a DM message in that DM thread, next to the ephemeral text', async () => {
    h.recorder.answerWith(() => [
      { ephemeral: true, tone: 'error', text: 'Nothing was imported.', files: [csv('problems')] },
    ]);
    await h.driver.event(messageEvent({ userId: ADMIN, text: '', threadTs: '1700000000.000100' }));
    const upload = await waitFor(() => h.fake.api.uploads.find((u) => u.channelId));
    expect(upload).toMatchObject({ channelId: `D${ADMIN}`, threadTs: '1700000000.000100' });
    expect(h.fake.api.callsTo('chat.postEphemeral')).toHaveLength(1);
  });

  it('posts a file sent into a conversation after the message, in the same thread', async () => {
    await h.adapter.send(
      { platform: 'slack', workspaceId: 'T0CLUB', channelId: 'D0MEMBER', threadId: '1700000000.000200' },
      { text: 'Your export', files: [csv('x'), { ...csv('y'), name: 'second.csv' }] },
    );
    expect(h.fake.api.uploads.map((u) => [u.filename, u.channelId, u.threadTs])).toEqual([
      ['bank-t0club-technical.csv', 'D0MEMBER', '1700000000.000200'],
      ['second.csv', 'D0MEMBER', '1700000000.000200'],
    ]);
    const post = h.fake.api.callsTo('chat.postMessage')[0]!;
    const complete = h.fake.api.callsTo('files.completeUploadExternal')[0]!;
    expect(post.seq).toBeLessThan(complete.seq);
  });
});
