// A path typed in the console that names no file is answered "file not found" with that path, in the
// user's language, whatever was waiting for a file (the CV step, a bank import); nothing is lost.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { looksLikePath } from '../../adapters/console/command-files.js';
import type { Bot } from '../../commands/create-bot.js';
import { createEnglishCv } from '../fakes/pdf-factory.js';
import { startConsoleBot } from '../helpers/console-bot.js';

/** The bot on a terminal, with follow-ups off: a test here answers only what it asks. */
const consoleBot = () => startConsoleBot({ env: { FOLLOW_UPS: 'false' } });

describe('console: files that are not there', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('names a CV path that does not exist, keeps waiting for the CV, and takes the right path next', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'missing-cv-'));
    const c = await consoleBot();
    bot = c.bot;
    const missing = path.join(dir, 'nope', 'resume.pdf');
    c.type('/interview start be');
    await c.waitFor(/type the path to your CV/);
    c.type(missing);
    await c.waitFor(/File not found/);
    expect(c.transcript()).toContain(`File not found: \`${missing}\`. Check the path and type it again.`);
    expect(c.transcript().match(/type the path to your CV/g)).toHaveLength(1);
    const cv = path.join(dir, 'cv.pdf');
    writeFileSync(cv, await createEnglishCv());
    c.type(cv);
    await c.waitFor(/Question 1 of 5/);
  });

  it('names a CSV path that does not exist after bank import, instead of blaming the position', async () => {
    const _dir = mkdtempSync(path.join(os.tmpdir(), 'missing-csv-'));
    const c = await consoleBot();
    bot = c.bot;
    c.type('/interview bank import ./club-questions.csv');
    await c.waitFor(/File not found/);
    expect(c.transcript()).toContain('File not found: `./club-questions.csv`');
    expect(c.transcript()).not.toMatch(/must be one of/);
    // The two-step form: the path on its own line, while the import waits, is named the same way.
    c.type('/interview bank import');
    await c.waitFor(/Type the path of the CSV file on the next line/);
    c.type('"./my club.csv"');
    await c.waitFor(/File not found: `\.\/my club\.csv`/);
  });

  it('says it in Korean after /interview lang ko', async () => {
    const _dir = mkdtempSync(path.join(os.tmpdir(), 'missing-ko-'));
    const c = await consoleBot();
    bot = c.bot;
    c.type('/interview lang ko');
    c.type('/interview start be');
    await c.waitFor(/이력서 PDF 파일의 경로를 입력해 주세요/);
    c.type('~/없는-이력서.pdf');
    await c.waitFor(/파일을 찾을 수 없습니다: `~\/없는-이력서\.pdf`/);
  });
});

describe('console: what reads as a path', () => {
  it('takes paths and file names, and leaves answers alone', () => {
    for (const text of [
      './cv.pdf',
      '../cv.pdf',
      '~/cv.pdf',
      '/home/me/cv',
      'cv.pdf',
      'club.CSV',
      '"my cv.pdf"',
    ])
      expect(looksLikePath(text), text).toBe(true);
    expect(looksLikePath('/home/me/my cv.pdf')).toBe(true);
    for (const text of [
      'I/O',
      'TCP/IP',
      'Node.js',
      'e.g.',
      'TCP/IP is reliable',
      'I keep cv.pdf in git',
      'yes',
    ])
      expect(looksLikePath(text), text).toBe(false);
  });
});
