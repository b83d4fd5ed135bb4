// The whole bot on one in-memory terminal, as `npm start` runs it in a terminal or under a pipe: for
// tests that type lines (or pipe a script) and read what the bot printed. SQLite from the run's template.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { sqliteFileFromTemplate } from './template-database.js';
import { waitForText } from './wait-for.js';

export interface ConsoleBotOptions {
  /** Environment over the defaults (silent log, console on, charts off). */
  env?: Record<string, string>;
  /** The terminal's locale (LANG), e.g. `ko_KR.UTF-8`. */
  locale?: string;
  userId?: string;
}

export interface ConsoleBot {
  bot: Bot;
  /** The bot's folder: its database, and `exports/` for the files it saves. */
  dir: string;
  /** Type one line. */
  type(line: string): void;
  /** Pipe `script` and close the input, as `npm start < script` does. */
  pipe(script: string): void;
  transcript(): string;
  /** Resolves with the transcript once `pattern` was printed `times` times (20 s at most). */
  waitFor(pattern: RegExp, times?: number): Promise<string>;
  stop(): Promise<void>;
}

export async function startConsoleBot(options: ConsoleBotOptions = {}): Promise<ConsoleBot> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'console-bot-'));
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = '';
  output.on('data', (chunk: Buffer) => {
    transcript += chunk.toString('utf8');
  });
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    CONSOLE: 'on',
    CHARTS: 'off',
    ...options.env,
    DATABASE_URL: `sqlite:${sqliteFileFromTemplate(path.join(dir, 'bot.sqlite'))}`,
  });
  const terminal = {
    input,
    output,
    userId: options.userId ?? 'me',
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const adapter = createConsoleAdapter({
    terminals: [terminal],
    interactive: false,
    exportDir: path.join(dir, 'exports'),
  });
  const bot = await createBot({ config, logger: createSilentLogger(), adapters: [adapter] });
  await bot.start();
  return {
    bot,
    dir,
    type: (line) => input.write(`${line}\n`),
    pipe: (script) => input.end(script),
    transcript: () => transcript,
    waitFor: (pattern, times = 1) => waitForText(() => transcript, pattern, times, { timeoutMs: 20_000 }),
    stop: () => bot.stop(),
  };
}
