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
  return { text: line, attachments: [] };
}
