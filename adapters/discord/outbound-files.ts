// Files the bot sends on Discord: what fits in one message, a clear note for what does not, and both upload shapes.
import type { RawFile } from 'discord.js';
import type { Language } from '../../src/domain/types.js';
import { t } from '../../src/i18n/index.js';
import type { OutboundFile, OutboundMessage } from '../../src/platform/types.js';
import type { DiscordMessageBody } from './render.js';
import { trimText } from './text-split.js';

/**
 * Discord's default upload limit is 10 MiB for a whole request, every file together (it was 8 MB until
 * 2023, 25 MiB for a while after; boosted servers allow more, DMs never do). 8 MiB stays under every
 * default Discord has had and leaves room for the multipart envelope and payload_json.
 */
export const DISCORD_FILE_LIMITS = {
  bytesPerMessage: 8 * 1024 * 1024,
  filesPerMessage: 10,
} as const;

export type FileLimits = { bytesPerMessage: number; filesPerMessage: number };

/** A file left out, with why. */
export interface RefusedFile {
  name: string;
  sizeBytes: number;
}

/**
 * Keep files in order while they fit the per-message byte and count limits; a file that does not fit
 * is refused whole (a cut CSV or report would be worse than none), and later smaller files may still fit.
 */
export function fitFiles(
  files: readonly OutboundFile[],
  limits: FileLimits = DISCORD_FILE_LIMITS,
): { kept: OutboundFile[]; refused: RefusedFile[] } {
  const kept: OutboundFile[] = [];
  const refused: RefusedFile[] = [];
  let total = 0;
  for (const file of files) {
    const size = file.content.byteLength;
    if (kept.length < limits.filesPerMessage && total + size <= limits.bytesPerMessage) {
      kept.push(file);
      total += size;
    } else {
      refused.push({ name: file.name, sizeBytes: size });
    }
  }
  return { kept, refused };
}

/** The language the message is written in: the core writes Korean messages in Hangul. */
export function languageOfMessage(message: OutboundMessage): Language {
  const text = [message.title, message.text, message.footer, ...(message.fields ?? []).map((f) => f.name)]
    .filter(Boolean)
    .join(' ');
  return /[\uac00-\ud7a3]/.test(text) ? 'ko' : 'en';
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/**
 * The message with only the files Discord will take, and a line per refused file added to its text,
 * in the message's own language, so the reader learns a file is missing rather than finding nothing.
 */
export function withFittingFiles(
  message: OutboundMessage,
  limits: FileLimits = DISCORD_FILE_LIMITS,
): OutboundMessage {
  if (!message.files?.length) return message;
  const { kept, refused } = fitFiles(message.files, limits);
  if (refused.length === 0) return message;
  const language = languageOfMessage(message);
  const notes = refused.map((file) =>
    t(language, 'discord.file_too_large', {
      fileName: file.name,
      sizeMb: megabytes(file.sizeBytes),
      maxMb: megabytes(limits.bytesPerMessage),
      maxFiles: limits.filesPerMessage,
    }),
  );
  return {
    ...message,
    text: [message.text?.trim(), ...notes].filter(Boolean).join('\n\n'),
    files: kept,
  };
}

/**
 * A rendered body as the options of a channel REST call: JSON only, or, with files, `files[n]` parts
 * that discord.js sends as multipart with the JSON in payload_json, named in its `attachments` field.
 * Flags are dropped: ephemeral means nothing outside an interaction.
 */
export function restMessage({ flags: _ephemeral, files, ...json }: DiscordMessageBody): {
  body: Record<string, unknown>;
  files?: RawFile[];
} {
  if (!files?.length) return { body: json };
  return {
    body: { ...json, attachments: files.map((file, index) => attachmentRecord(file, index)) },
    files: rawFiles(files),
  };
}

/** Discord's limit on an attachment's description (its alt text). */
const ALT_TEXT_LIMIT = 1024;

/** An image's alt text as Discord's attachment `description`, cut to its limit; nothing for other files. */
export function attachmentDescription(file: OutboundFile): { description?: string } {
  return file.altText ? { description: trimText(file.altText, ALT_TEXT_LIMIT) } : {};
}

/** Discord's record of an upload in a message's `attachments`. */
function attachmentRecord(file: OutboundFile, index: number) {
  return { id: index, filename: file.name, ...attachmentDescription(file) };
}

/** The multipart parts, typed: discord.js only sniffs binary formats, so text would go as octet-stream. */
export function rawFiles(files: readonly OutboundFile[]): RawFile[] {
  return files.map((file) => ({
    name: file.name,
    contentType: file.contentType,
    data: Buffer.from(file.content),
  }));
}
