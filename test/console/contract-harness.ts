// The adapter contract's rig for the console: the whole bot on SQLite with one in-memory terminal per user.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { type AdapterHarness, CONTRACT_ENV } from '../contract/adapter-contract.js';
import { sqliteFileFromTemplate } from '../helpers/template-database.js';

/** The contract rig plus where the console saves the files the bot sends. */
export interface ConsoleContractHarness extends AdapterHarness {
  exportDir: string;
}

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina', 'hank', 'ivan', 'judy'];

/** The whole bot on in-memory terminals; files it sends go to a temporary exports folder. */
export function createConsoleHarness(): ConsoleContractHarness {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'console-contract-'));
  const transcripts = new Map<string, string>(USERS.map((user) => [user, '']));
  let inputs = new Map<string, PassThrough>();
  let bot: Bot | undefined;
  let env: Record<string, string> = {};
  let uploads = 0;

  const boot = async () => {
    inputs = new Map(USERS.map((user) => [user, new PassThrough()]));
    const terminals = USERS.map((user) => {
      const output = new PassThrough();
      output.on('data', (chunk: Buffer) =>
        transcripts.set(user, transcripts.get(user) + chunk.toString('utf8')),
      );
      return { input: inputs.get(user)!, output, userId: user };
    });
    const config = loadConfig({
      ...CONTRACT_ENV,
      ...env,
      CONSOLE: 'on',
      DATABASE_URL: `sqlite:${sqliteFileFromTemplate(path.join(dir, 'bot.sqlite'))}`,
    });
    bot = await createBot({
      config,
      logger: createSilentLogger(),
      adapters: [
        createConsoleAdapter({ terminals, interactive: false, exportDir: path.join(dir, 'exports') }),
      ],
    });
    await bot.start();
  };
  const line = async (user: string, text: string) => {
    inputs.get(user)!.write(`${text}\n`);
  };

  return {
    exportDir: path.join(dir, 'exports'),
    async start(extra = {}) {
      env = extra;
      await boot();
    },
    async restart() {
      await bot?.stop();
      await boot();
    },
    async stop() {
      await bot?.stop();
    },
    command: (user, text) => line(user, `/interview ${text}`),
    say: line,
    async upload(user, fileName, bytes) {
      const file = path.join(dir, `${++uploads}-${fileName}`);
      writeFileSync(file, bytes);
      await line(user, file);
    },
    // No buttons in a terminal: a click is typing what the button says to type.
    click: (user, action) => {
      if (action !== 'full-report') return line(user, action);
      const shown = [...(transcripts.get(user) ?? '').matchAll(/\[[^\]]*: (\/interview report \d+ full)\]/g)];
      const typed = shown.at(-1)?.[1];
      if (!typed) throw new Error(`no full-report button shown to ${user}`);
      return line(user, typed);
    },
    transcript: (user) => transcripts.get(user) ?? '',
  };
}
