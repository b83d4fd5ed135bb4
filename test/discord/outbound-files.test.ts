// The decisions behind files sent on Discord: what fits in a message, the note for what does not, the upload shape.
import { describe, expect, it } from 'vitest';
import {
  DISCORD_FILE_LIMITS,
  fitFiles,
  restMessage,
  withFittingFiles,
} from '../../adapters/discord/outbound-files.js';
import { renderMessage, renderSingle } from '../../adapters/discord/render.js';
import { t } from '../../src/i18n/index.js';
import type { OutboundFile } from '../../src/platform/types.js';

const MiB = 1024 * 1024;
const file = (name: string, bytes: number): OutboundFile => ({
  name,
  contentType: 'text/csv',
  content: new Uint8Array(bytes),
});

describe('discord outbound files', () => {
  it('keeps files in order while they fit 8 MiB and 10 files per message', () => {
    expect(DISCORD_FILE_LIMITS).toEqual({ bytesPerMessage: 8 * MiB, filesPerMessage: 10 });
    const { kept, refused } = fitFiles([
      file('a.csv', 5 * MiB),
      file('b.csv', 4 * MiB),
      file('c.txt', 3 * MiB),
    ]);
    expect(kept.map((f) => f.name)).toEqual(['a.csv', 'c.txt']);
    expect(refused).toEqual([{ name: 'b.csv', sizeBytes: 4 * MiB }]);
  });

  it('refuses the eleventh file however small', () => {
    const files = Array.from({ length: 11 }, (_, i) => file(`f${i}.txt`, 10));
    const { kept, refused } = fitFiles(files);
    expect(kept).toHaveLength(10);
    expect(refused.map((f) => f.name)).toEqual(['f10.txt']);
  });

  it('says in the message which file was left out and why, in the message’s language', () => {
    const english = withFittingFiles({ text: 'Here is your export.', files: [file('big.csv', 9 * MiB)] });
    const note = t('en', 'discord.file_too_large', {
      fileName: 'big.csv',
      sizeMb: 9,
      maxMb: 8,
      maxFiles: 10,
    });
    expect(english.text).toBe(`Here is your export.\n\n${note}`);
    expect(english.files).toEqual([]);

    const korean = withFittingFiles({ text: '내보내기 파일입니다.', files: [file('big.csv', 9 * MiB)] });
    expect(korean.text).toContain(
      t('ko', 'discord.file_too_large', { fileName: 'big.csv', sizeMb: 9, maxMb: 8, maxFiles: 10 }),
    );
  });

  it('leaves a message whose files fit untouched', () => {
    const message = { text: 'ok', files: [file('a.csv', 100)] };
    expect(withFittingFiles(message)).toBe(message);
  });

  it('puts the files on the last body of a message split in several', () => {
    const bodies = renderMessage({ text: 'x'.repeat(4500), files: [file('a.csv', 10)] });
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.slice(0, -1).every((b) => b.files === undefined)).toBe(true);
    expect(bodies.at(-1)!.files!.map((f) => f.name)).toEqual(['a.csv']);
  });

  it('renders a message made of a file only, and keeps files on a single body for edits', () => {
    expect(renderMessage({ files: [file('a.csv', 10)] })).toEqual([
      { embeds: [], components: [], allowed_mentions: { parse: [] }, files: [file('a.csv', 10)] },
    ]);
    expect(renderSingle({ title: 'Stats', text: 'x', files: [file('s.txt', 10)] }).files).toHaveLength(1);
  });

  it('sends files as typed multipart parts named in payload_json, and plain bodies as JSON', () => {
    const [body] = renderMessage({ text: 'Export', ephemeral: true, files: [file('a.csv', 3)] });
    const request = restMessage(body!);
    expect(request.body).toEqual({
      content: 'Export',
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
      attachments: [{ id: 0, filename: 'a.csv' }],
    });
    expect(request.files).toEqual([{ name: 'a.csv', contentType: 'text/csv', data: Buffer.alloc(3) }]);
    const [plain] = renderMessage({ text: 'Hello' });
    expect(restMessage(plain!)).toEqual({
      body: { content: 'Hello', embeds: [], components: [], allowed_mentions: { parse: [] } },
    });
  });
});
