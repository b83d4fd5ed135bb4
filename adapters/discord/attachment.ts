// A Discord attachment as the core's Attachment: metadata up front, a capped and timed download on demand.
import { UserError } from '../../src/errors.js';
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
 * without any request, then streams the body, stopping as soon as it passes `maxBytes` (the declared
 * size is the uploader's claim; the byte count is the fact) or `timeoutMs` elapses.
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
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetch(meta.url, { signal: controller.signal, redirect: 'follow' });
        if (!response.ok || !response.body) throw new UserError('discord.attachment_failed', { fileName });
        const declared = Number(response.headers.get('content-length') ?? Number.NaN);
        if (declared > maxBytes) throw tooLarge(declared, maxBytes);
        return await readCapped(response.body, maxBytes, (seen) => tooLarge(seen, maxBytes));
      } catch (error) {
        if (controller.signal.aborted) throw new UserError('discord.attachment_timeout', { fileName });
        if (error instanceof UserError) throw error;
        throw new UserError('discord.attachment_failed', { fileName });
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    },
  };
}

async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  tooLarge: (seen: number) => Error,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
