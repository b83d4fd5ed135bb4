// CV attachments from Discord: metadata checked before any download, downloads capped in bytes and time.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkCvMetadata, DEFAULT_CV_LIMITS } from '../../src/cv/intake.js';
import { isUserError, UserError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';
import type { Attachment, CommandEvent, MessageEvent } from '../../src/platform/types.js';
import { aUser, type FakeDiscord, useDiscordSuite } from './harness.js';

const pdfBytes = (size: number) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
};

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isUserError(error)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}

describe('discord attachments', () => {
  const suite = useDiscordSuite();
  const { recorder } = suite;
  let fake: FakeDiscord;
  beforeAll(() => {
    fake = suite.fake;
  });
  beforeEach(() => {
    fake.downloads.length = 0;
    // Like the core: check the metadata first, and only then download.
    recorder.answerWith(async (event) => {
      const cv = (event as CommandEvent).attachments[0];
      if (!cv) return [];
      try {
        checkCvMetadata(cv, DEFAULT_CV_LIMITS);
      } catch (error) {
        if (error instanceof UserError) return [{ text: t('en', error.key, error.params), tone: 'error' }];
        throw error;
      }
      return [{ text: 'CV received' }];
    });
  });

  async function startWith(
    file: Parameters<FakeDiscord['hostAttachment']>[0],
  ): Promise<{ cv: Attachment; reply: string }> {
    const attachment = fake.hostAttachment(file);
    const { token } = fake.runSlashCommand({
      user: aUser(),
      subcommand: 'start',
      options: { position: 'be' },
      attachments: { cv: attachment },
    });
    const reply = await fake.waitForReply(token);
    const event = recorder.events[0] as CommandEvent;
    return { cv: event.attachments[0]!, reply: reply.content };
  }

  it('hands over a PDF option with its metadata and downloads it only when asked', async () => {
    const bytes = pdfBytes(5000);
    const { cv, reply } = await startWith({
      filename: 'Minji CV.pdf',
      bytes,
      contentType: 'application/pdf',
    });
    expect(reply).toBe('CV received');
    expect(cv).toMatchObject({ fileName: 'Minji CV.pdf', contentType: 'application/pdf', sizeBytes: 5000 });
    expect(fake.downloads).toHaveLength(0);
    expect(await cv.download({ maxBytes: 10_000, timeoutMs: 2000 })).toEqual(bytes);
    expect(fake.downloads).toHaveLength(1);
  });

  it('refuses a non-PDF from its metadata, before any download', async () => {
    const { reply } = await startWith({
      filename: 'cv.png',
      bytes: new Uint8Array(100),
      contentType: 'image/png',
    });
    expect(reply).toBe(t('en', 'cv.not_pdf', { fileName: 'cv.png' }));
    expect(fake.downloads).toHaveLength(0);
  });

  it('refuses an oversized file from its metadata, before any download', async () => {
    const { cv, reply } = await startWith({
      filename: 'huge.pdf',
      bytes: pdfBytes(100),
      declaredSize: 25 * 1024 * 1024,
      contentType: 'application/pdf',
    });
    expect(reply).toContain('25 MB');
    const error = await rejection(cv.download({ maxBytes: DEFAULT_CV_LIMITS.maxBytes, timeoutMs: 2000 }));
    expect(error.key).toBe('discord.attachment_too_large');
    expect(fake.downloads).toHaveLength(0);
  });

  it('stops reading at the byte cap when the file is bigger than its metadata said', async () => {
    const { cv } = await startWith({
      filename: 'liar.pdf',
      bytes: pdfBytes(512 * 1024),
      declaredSize: 1000,
      contentType: 'application/pdf',
      chunked: true,
    });
    const error = await rejection(cv.download({ maxBytes: 64 * 1024, timeoutMs: 5000 }));
    expect(error.key).toBe('discord.attachment_too_large');
    expect(fake.downloads).toHaveLength(1);
  });

  it('refuses from the Content-Length header before reading the body', async () => {
    const { cv } = await startWith({
      filename: 'big.pdf',
      bytes: pdfBytes(300 * 1024),
      declaredSize: 10,
      contentType: 'application/pdf',
    });
    const error = await rejection(cv.download({ maxBytes: 64 * 1024, timeoutMs: 5000 }));
    expect(error.key).toBe('discord.attachment_too_large');
  });

  it('gives up after the timeout with a message that says so', async () => {
    const { cv } = await startWith({
      filename: 'slow.pdf',
      bytes: pdfBytes(100),
      contentType: 'application/pdf',
      delayMs: 1500,
    });
    const error = await rejection(cv.download({ maxBytes: 10_000, timeoutMs: 100 }));
    expect(error.key).toBe('discord.attachment_timeout');
    expect(error.params).toEqual({ fileName: 'slow.pdf' });
  });

  it('infers a PDF from the file name when Discord sent no content type', async () => {
    const { cv } = await startWith({ filename: 'resume.PDF', bytes: pdfBytes(100) });
    expect(cv.contentType).toBe('application/pdf');
  });

  it('treats a PDF sent in the DM as an attachment of the message', async () => {
    recorder.answerWith(() => []);
    const user = aUser();
    const attachment = fake.hostAttachment({
      filename: 'cv.pdf',
      bytes: pdfBytes(2048),
      contentType: 'application/pdf',
    });
    fake.sendDirectMessage({ user, content: '', attachments: [attachment] });
    const [event] = (await recorder.waitForEvents(1)) as MessageEvent[];
    expect(event).toMatchObject({ kind: 'message', text: '' });
    expect(event!.attachments).toHaveLength(1);
    expect(event!.attachments[0]).toMatchObject({
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2048,
    });
    expect((await event!.attachments[0]!.download({ maxBytes: 4096, timeoutMs: 2000 })).byteLength).toBe(
      2048,
    );
  });
});
