// Copies of the run's template database (migrated and seeded once, in test/global-setup.ts), so a
// harness starts from a ready database instead of paying for migrations and the bank seed each time.
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** Copy the template to `file` (its folder is created); the core then finds nothing to migrate or seed. */
export function copySqliteTemplate(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(inject('sqliteTemplate'), file);
  return file;
}

/** `file`, holding a copy of the template unless a database is there already (a restarted bot keeps its own). */
export function sqliteFileFromTemplate(file: string): string {
  return fs.existsSync(file) ? file : copySqliteTemplate(file);
}

/** A fresh copy next to the template (in memory on Linux), removed by the returned `remove`. */
export function freshSqliteCopy(): { file: string; remove(): void } {
  const template = inject('sqliteTemplate');
  const directory = fs.mkdtempSync(path.join(path.dirname(path.dirname(template)), 'cyi-copy-'));
  const file = copySqliteTemplate(path.join(directory, 'test.sqlite'));
  return { file, remove: () => fs.rmSync(directory, { recursive: true, force: true }) };
}
