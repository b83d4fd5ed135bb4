// Files on the console: a path typed on its own line is an upload, and a path typed after a command
// with a file option (`/interview bank import ./club.csv`) fills that option. Only the console reads
// local paths; no other platform ever turns text into a file on the bot's machine.
import { open, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Attachment, CommandDescriptor } from '../../src/platform/types.js';

const CONTENT_TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.csv': 'text/csv' };

/** A file the user named; at most maxBytes + 1 are read, so an oversized file is refused by the core. */
export function fileAttachment(filePath: string, size: number): Attachment {
  return {
    fileName: path.basename(filePath),
    contentType: CONTENT_TYPES[path.extname(filePath).toLowerCase()],
    sizeBytes: size,
    async download({ maxBytes }) {
      const handle = await open(filePath, 'r');
      try {
        const length = Math.min(size, maxBytes + 1);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, 0);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
      } finally {
        await handle.close();
      }
    },
  };
}

/** A path that names nothing: the core answers "file not found" with it (see Attachment.missingPath). */
export function missingFileAttachment(typed: string): Attachment {
  return {
    fileName: path.basename(typed),
    contentType: CONTENT_TYPES[path.extname(typed).toLowerCase()],
    missingPath: typed,
    async download() {
      throw new Error(`no file at ${typed}`);
    },
  };
}

/** `./x`, `../x`, `~/x`, `/dir/x`, `C:\x`: the start of a path, never of an answer. */
const PATH_PREFIX = /^(?:\.{1,2}[\\/]|~[\\/]|\/[^/\s]+\/|[a-z]:[\\/])/i;
/** Extensions of files people hand over; `Node.js` or `e.g.` are words, not files. */
const FILE_EXTENSION = /\.(?:pdf|csv|tsv|txt|md|docx?|hwpx?|png|jpe?g)$/i;

/**
 * True when `text` reads as a file path rather than words: one word (or a quoted phrase) with a
 * path's start or a file's extension, or an unquoted phrase with both (a path with spaces).
 */
export function looksLikePath(text: string): boolean {
  const trimmed = text.trim();
  const quoted = /^(["']).+\1$/.test(trimmed);
  const candidate = quoted ? trimmed.slice(1, -1) : trimmed;
  if (!candidate) return false;
  if (!quoted && /\s/.test(candidate)) return PATH_PREFIX.test(candidate) && FILE_EXTENSION.test(candidate);
  return PATH_PREFIX.test(candidate) || FILE_EXTENSION.test(candidate);
}

/** The file `text` names (quotes and a leading ~/ allowed), or undefined when it names none. */
export async function namedFile(text: string): Promise<Attachment | undefined> {
  const candidate = text
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/^~(?=\/)/, os.homedir());
  if (!candidate) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? fileAttachment(candidate, info.size) : undefined;
}

/**
 * The file `text` names; a missing-file attachment when it reads as a path to nothing (so the user
 * hears "file not found", not a repeated prompt); undefined when it is not a path at all.
 */
export async function namedOrMissingFile(text: string): Promise<Attachment | undefined> {
  const file = await namedFile(text);
  if (file) return file;
  return looksLikePath(text) ? missingFileAttachment(text.trim().replace(/^["']|["']$/g, '')) : undefined;
}

/** Words of a command line, keeping "quoted phrases" together and their quotes on. */
function words(text: string): string[] {
  return text.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
}

/**
 * Take the file a command line names out of it. Only commands with a file option are looked at,
 * only words after the subcommand, and only words that look like a path (a slash or an extension);
 * the longest run of words that names a file wins, so unquoted paths with spaces work too.
 */
export async function takeCommandFile(
  line: string,
  descriptors: readonly CommandDescriptor[],
): Promise<{ text: string; attachments: Attachment[] }> {
  const parts = words(line);
  const descriptor = descriptors.find((d) => d.name === parts[1]?.toLowerCase());
  if (!descriptor?.options.some((option) => option.type === 'attachment')) {
    return { text: line, attachments: [] };
  }
  for (let start = 2; start < parts.length; start++) {
    for (let end = parts.length; end > start; end--) {
      const phrase = parts.slice(start, end).join(' ');
      if (!/[/\\]|\.\w+["']?$/.test(phrase)) continue;
      const attachment = await namedFile(phrase);
      if (attachment) {
        const text = [...parts.slice(0, start), ...parts.slice(end)].join(' ');
        return { text, attachments: [attachment] };
      }
    }
  }
  // No file found: a path among the words names a file that is not there. It is taken out too, so
  // the user hears "file not found" rather than that the path is not a valid position or language.
  for (let start = 2; start < parts.length; start++) {
    for (let end = parts.length; end > start; end--) {
      const phrase = parts.slice(start, end).join(' ');
      if (!looksLikePath(phrase)) continue;
      const text = [...parts.slice(0, start), ...parts.slice(end)].join(' ');
      return { text, attachments: [missingFileAttachment(phrase.replace(/^["']|["']$/g, ''))] };
    }
  }
  return { text: line, attachments: [] };
}
