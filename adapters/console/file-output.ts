// Where the console puts files the bot sends (bank exports, problem lists): on disk, never over an older one.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutboundFile } from '../../src/platform/types.js';

/** Errors that mean "this folder will not take files", so the next folder is tried. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT']);

/** "bank.csv", "bank-1.csv", "bank-2.csv", … */
function candidateName(name: string, attempt: number): string {
  if (attempt === 0) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}-${attempt}${ext}`;
}

async function saveIn(dir: string, file: OutboundFile): Promise<string> {
  await mkdir(dir, { recursive: true });
  // Only the base name is used: a name from the core never chooses the folder.
  const base = path.basename(file.name) || 'file';
  for (let attempt = 0; ; attempt++) {
    const target = path.join(dir, candidateName(base, attempt));
    try {
      await writeFile(target, file.content, { flag: 'wx' });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 999) throw error;
    }
  }
}

/**
 * Write `file` into the first folder of `dirs` that accepts it (DATA_DIR/exports, then the current
 * directory) and return its absolute path. A file of the same name is kept: the new one gets a suffix.
 */
export async function saveOutboundFile(file: OutboundFile, dirs: readonly string[]): Promise<string> {
  let lastError: unknown;
  for (const dir of dirs) {
    try {
      return path.resolve(await saveIn(dir, file));
    } catch (error) {
      lastError = error;
      if (!UNWRITABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  throw lastError ?? new Error('no folder to save files in');
}
