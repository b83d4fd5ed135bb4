// Files on the console: what the bot sends is saved to disk, and a path after a command fills its file option.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { commandDescriptors } from '../../commands/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import type { CommandEvent, OutboundFile, PlatformAdapter } from '../../src/platform/types.js';
import { ENGLISH_ANSWER, toCsv } from '../bank/csv-fixtures.js';
import { createRecordingSink } from '../fakes/slack/recording-sink.js';
import { waitFor } from '../slack/harness.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'console-files-'));
const csv = (text: string): OutboundFile => ({
  name: 'bank-local-technical.csv',
  contentType: 'text/csv',
  content: new TextEncoder().encode(text),
});
const REF = { platform: 'console' as const, workspaceId: 'local', channelId: 'terminal:me' };

function terminal(options: { exportDir?: string; fallbackDir?: string; locale?: string } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = '';
  output.on('data', (chunk: Buffer) => {
    transcript += chunk.toString('utf8');
  });
  const adapter = createConsoleAdapter({
    terminals: [{ input, output, userId: 'me', locale: options.locale }],
    interactive: false,
    exportDir: options.exportDir,
    fallbackDir: options.fallbackDir,
  });
  return { adapter, input, transcript: () => transcript };
}

describe('console files', () => {
  let running: PlatformAdapter | undefined;
  let bot: Bot | undefined;
  afterEach(async () => {
    await running?.stop();
    await bot?.stop();
    running = undefined;
    bot = undefined;
  });

  it('saves a file the bot sends in the export folder and prints where', async () => {
    const dir = path.join(tmp(), 'data', 'exports');
    const t = terminal({ exportDir: dir });
    await t.adapter.send(REF, { text: 'Your export.', files: [csv('id\n')] });
    const saved = path.join(dir, 'bank-local-technical.csv');
    expect(readFileSync(saved, 'utf8')).toBe('id\n');
    expect(t.transcript()).toContain(`Your export.\nSaved bank-local-technical.csv to ${saved}`);
  });

  it('keeps an earlier file of the same name and saves the new one beside it', async () => {
    const dir = tmp();
    const t = terminal({ exportDir: dir });
    await t.adapter.send(REF, { files: [csv('first')] });
    await t.adapter.send(REF, { files: [csv('second')] });
    expect(readFileSync(path.join(dir, 'bank-local-technical.csv'), 'utf8')).toBe('first');
    expect(readFileSync(path.join(dir, 'bank-local-technical-1.csv'), 'utf8')).toBe('second');
  });

  it('saves in the fallback folder when the export folder cannot be made, and says so in Korean', async () => {
    const blocker = path.join(tmp(), 'not-a-folder');
    writeFileSync(blocker, '');
    const fallback = tmp();
    const t = terminal({
      exportDir: path.join(blocker, 'exports'),
      fallbackDir: fallback,
      locale: 'ko_KR.UTF-8',
    });
    await t.adapter.send(REF, { files: [csv('x')] });
    const saved = path.join(fallback, 'bank-local-technical.csv');
    expect(existsSync(saved)).toBe(true);
    expect(t.transcript()).toContain(`bank-local-technical.csv 파일을 ${saved}에 저장했습니다`);
  });

  it('turns a path typed after a command with a file option into that file, spaces and all', async () => {
    const dir = tmp();
    const file = path.join(dir, 'club bank.csv');
    writeFileSync(file, 'position,question\n');
    const t = terminal();
    const recorder = createRecordingSink();
    running = t.adapter;
    await t.adapter.registerCommands(commandDescriptors());
    await t.adapter.start(recorder.sink);
    t.input.write(`/interview bank import ${file}\n/interview lang ${file}\n`);
    const [bank, lang] = await waitFor(
      () => recorder.events.length === 2 && (recorder.events as CommandEvent[]),
    );
    expect(bank).toMatchObject({ name: 'bank', options: { action: 'import' } });
    expect(bank!.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ['club bank.csv', 'text/csv'],
    ]);
    const bytes = await bank!.attachments[0]!.download({ maxBytes: 1000, timeoutMs: 1000 });
    expect(new TextDecoder().decode(bytes)).toBe('position,question\n');
    // `lang` has no file option: a path there is just text.
    expect(lang!.attachments).toEqual([]);
  });

  it('imports a CSV named on the command line and saves the export, end to end', async () => {
    const dir = tmp();
    const file = path.join(dir, 'club.csv');
    writeFileSync(
      file,
      toCsv(
        ['position', 'question', 'topic', 'example_answer'],
        [
          [
            'be',
            'How does a database index speed up queries, and what does it cost?',
            'databases',
            ENGLISH_ANSWER,
          ],
        ],
      ),
    );
    const t = terminal({ exportDir: path.join(dir, 'exports') });
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      CONSOLE: 'on',
      DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
    });
    bot = await createBot({ config, logger: createSilentLogger(), adapters: [t.adapter] });
    await bot.start();
    t.input.write(`/interview bank import ${file}\n/interview bank export\n`);
    await waitFor(() => /Saved bank-local-technical\.csv/.test(t.transcript()), 10_000);
    expect(t.transcript()).toMatch(/Questions imported from club\.csv\n1 new, 0 updated, 0 unchanged/);
    const exported = readFileSync(path.join(dir, 'exports', 'bank-local-technical.csv'), 'utf8');
    expect(exported.startsWith('\uFEFFid,position,topic,difficulty,language,question')).toBe(true);
  });
});
