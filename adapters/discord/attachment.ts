// A Discord attachment as the core's Attachment: metadata up front, a capped and timed download on demand.
import { UserError } from '../../src/errors.js';
import { boundedDownload } from '../../src/platform/bounded-download.js';
import type { Attachment } from '../../src/platform/types.js';

/** The fields of Discord's attachment object the adapter relies on. */
export interface DiscordAttachmentMeta {
  name: string;
  url: string;
  size: number;
  contentType: string | null;
}

const EXTENSION_TYPES: Record<string, string> = { pdf: 'application/pdf' };

/** Discord's content type without parameters, or a guess from the extension when Discord sent none. */
export function normaliseContentType(name: string, contentType: string | null): string | undefined {
  const base = contentType?.split(';')[0]?.trim().toLowerCase();
  if (base) return base;
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return EXTENSION_TYPES[extension];
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/**
 * Wrap Discord's attachment metadata. `download` refuses a file whose declared size is over the cap
 * without any request, then downloads it within `maxBytes` and `timeoutMs` (see boundedDownload).
 */
export function createDiscordAttachment(meta: DiscordAttachmentMeta): Attachment {
  const fileName = meta.name;
  const tooLarge = (sizeBytes: number, maxBytes: number) =>
    new UserError('discord.attachment_too_large', {
      fileName,
      sizeMb: megabytes(sizeBytes),
      maxMb: megabytes(maxBytes),
    });
  return {
    fileName,
    contentType: normaliseContentType(meta.name, meta.contentType),
    sizeBytes: meta.size,
    async download({ maxBytes, timeoutMs }) {
      if (meta.size > maxBytes) throw tooLarge(meta.size, maxBytes);
      return boundedDownload({
        url: meta.url,
        maxBytes,
        timeoutMs,
        accept: (response) => {
          if (!response.ok || !response.body) throw new UserError('discord.attachment_failed', { fileName });
          return response.body;
        },
        tooLarge: (bytes) => tooLarge(bytes, maxBytes),
        timedOut: () => new UserError('discord.attachment_timeout', { fileName }),
        failed: () => new UserError('discord.attachment_failed', { fileName }),
      });
    },
  };
}
