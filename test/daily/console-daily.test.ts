// The question of the day with no platform: `/interview daily now` prints the post in the terminal and
// the next plain line is the console user's reply in its thread, scored privately — in Korean too.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { type Bot, createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { waitFor } from '../slack/harness.js';

async function consoleBot(locale: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = '';
  output.on('data', (chunk: Buffer) => {
    transcript += chunk.toString('utf8');
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'daily-console-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    JOB_POLL_MS: '20',
    DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
  });
  const adapter = createConsoleAdapter({
    terminals: [{ input, output, userId: 'me', locale }],
    interactive: false,
  });
  const bot = await createBot({ config, logger: createSilentLogger(), adapters: [adapter] });
  await bot.start();
  return { bot, type: (line: string) => input.write(`${line}\n`), transcript: () => transcript };
}

describe('the question of the day in the console', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
  });

  it('prints the post, takes the next line as a thread reply and prints the private feedback', async () => {
    const terminal = await consoleBot('en_GB.UTF-8');
    bot = terminal.bot;
    terminal.type('/interview daily now');
    const shown = await waitFor(
      () => /^Question of the day$/m.test(terminal.transcript()) && terminal.transcript(),
      15_000,
    );
    expect(shown).toMatch(/No answers yet/);
    terminal.type('I would start from the definitions and compare the trade-offs with an example.');
    const feedback = await waitFor(
      () =>
        /Your answer to the question of the day: \d+\/10/.test(terminal.transcript()) &&
        terminal.transcript(),
      15_000,
    );
    expect(feedback).toMatch(/Model answer[\s\S]*Streak: 1 day · Scored by the offline evaluator\./);
    expect(feedback).toMatch(/1\*{0,2} answered so far/);
    const sessions = await bot.core.knex('sessions').count({ n: '*' }).first();
    expect(Number(sessions?.n)).toBe(0);
  });

  it('does not take a reply with no words (👍) as the answer, and says so privately', async () => {
    const terminal = await consoleBot('en_GB.UTF-8');
    bot = terminal.bot;
    terminal.type('/interview daily now');
    await waitFor(() => /^Question of the day$/m.test(terminal.transcript()), 15_000);
    terminal.type('👍');
    await waitFor(
      () => /has no words in it, so I did not take it as your answer/.test(terminal.transcript()),
      15_000,
    );
    expect(await bot.core.knex('daily_answers')).toHaveLength(0);
    expect(terminal.transcript()).not.toMatch(/Your answer to the question of the day/);
  });

  it('speaks Korean to a Korean terminal', async () => {
    const terminal = await consoleBot('ko_KR.UTF-8');
    bot = terminal.bot;
    terminal.type('/interview daily now');
    await waitFor(() => /^오늘의 질문$/m.test(terminal.transcript()), 15_000);
    terminal.type('해시 테이블은 키를 해시해서 버킷에 저장하고 충돌은 체이닝으로 처리합니다.');
    const feedback = await waitFor(
      () => /오늘의 질문에 대한 내 답: \d+\/10/.test(terminal.transcript()) && terminal.transcript(),
      15_000,
    );
    expect(feedback).toMatch(/모범 답안[\s\S]*연속 참여: 1일째/);
  });
});
