// CV downloads from Slack: metadata first, then the bot token, a byte cap and a timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAttachment, describeFile } from '../../adapters/slack/file-download.js';
import { createSilentLogger } from '../../src/logger.js';
import { FAKE_CREDENTIALS } from '../fakes/slack/fake-slack.js';
import { type FakeSlackFileServer, startFakeSlackFileServer } from '../fakes/slack/file-server.js';

const deps = { botToken: FAKE_CREDENTIALS.botToken, logger: createSilentLogger() };
const pdf = (size: number) => new Uint8Array(size).fill(0x25);

describe('slack file download', () => {
  let files: FakeSlackFileServer;
  beforeAll(async () => {
    files = await startFakeSlackFileServer(FAKE_CREDENTIALS.botToken);
  });
  afterAll(async () => {
    await files.close();
  });

  const requestsFor = (name: string) => files.requests.filter((request) => request.path.endsWith(`/${name}`));

  it('describes a PDF from its metadata alone', () => {
    expect(describeFile({ name: 'cv.pdf', filetype: 'pdf', size: 10 })).toEqual({
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
    });
    expect(describeFile({ id: 'F9', title: 'Scan', mimetype: 'image/png', size: 5 })).toMatchObject({
      fileName: 'Scan',
      contentType: 'image/png',
    });
  });

  it('downloads with the bot token', async () => {
    const url = files.add('ok.pdf', { bytes: pdf(100), contentType: 'application/pdf' });
    const attachment = createSlackAttachment({ name: 'ok.pdf', size: 100, url_private_download: url }, deps);
    expect((await attachment.download({ maxBytes: 1000, timeoutMs: 2000 })).byteLength).toBe(100);
    expect(requestsFor('ok.pdf')[0]?.authorization).toBe(`Bearer ${FAKE_CREDENTIALS.botToken}`);
  });

  it('refuses a file whose metadata is over the cap without requesting it', async () => {
    const url = files.add('big.pdf', { bytes: pdf(2000) });
    const attachment = createSlackAttachment(
      { name: 'big.pdf', size: 2000, url_private_download: url },
      deps,
    );
    await expect(attachment.download({ maxBytes: 1000, timeoutMs: 2000 })).rejects.toMatchObject({
      key: 'slack.file_too_large',
    });
    expect(requestsFor('big.pdf')).toHaveLength(0);
  });

  it('stops reading a file that turns out bigger than its metadata said', async () => {
    const url = files.add('liar.pdf', { bytes: pdf(5000), chunked: true });
    const attachment = createSlackAttachment({ name: 'liar.pdf', size: 10, url_private_download: url }, deps);
    await expect(attachment.download({ maxBytes: 1000, timeoutMs: 2000 })).rejects.toMatchObject({
      key: 'slack.file_too_large',
    });
  });

  it('refuses by content-length before reading the body', async () => {
    const url = files.add('declared.pdf', { bytes: pdf(5000) });
    const attachment = createSlackAttachment({ name: 'declared.pdf', url_private_download: url }, deps);
    await expect(attachment.download({ maxBytes: 1000, timeoutMs: 2000 })).rejects.toMatchObject({
      key: 'slack.file_too_large',
    });
  });

  it('gives up on a stalled download after the timeout', async () => {
    const url = files.add('slow.pdf', { bytes: pdf(10), delayMs: 2_000 });
    const attachment = createSlackAttachment({ name: 'slow.pdf', size: 10, url_private_download: url }, deps);
    await expect(attachment.download({ maxBytes: 1000, timeoutMs: 100 })).rejects.toMatchObject({
      key: 'slack.download_timeout',
    });
  });

  it('treats Slack’s HTML sign-in page (a wrong token or missing files:read) as a failed download', async () => {
    const url = files.add('auth.pdf', { bytes: pdf(10) });
    const attachment = createSlackAttachment(
      { name: 'auth.pdf', size: 10, url_private_download: url },
      { ...deps, botToken: 'xoxb-wrong' },
    );
    await expect(attachment.download({ maxBytes: 1000, timeoutMs: 2000 })).rejects.toMatchObject({
      key: 'slack.download_failed',
    });
  });

  it('reports deleted or plan-hidden files as unavailable without a request', async () => {
    const attachment = createSlackAttachment(
      { name: 'gone.pdf', mode: 'tombstone', url_private_download: 'x' },
      deps,
    );
    await expect(attachment.download({ maxBytes: 1000, timeoutMs: 2000 })).rejects.toMatchObject({
      key: 'slack.file_unavailable',
    });
  });
});
