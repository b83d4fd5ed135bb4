// `/interview forget` asks first (a button; `/interview forget confirm` in text), and afterwards
// history and report say, per interview, what it deleted.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { renderText } from '../../adapters/console/render-text.js';
import { forgetCommand } from '../../commands/forget.js';
import { SLACK_CAPABILITIES } from '../../adapters/slack/capabilities.js';
import { createBot } from '../../commands/create-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import { createEngineHarness, type EngineHarness } from '../engine/engine-harness.js';
import { sqliteFileFromTemplate } from '../helpers/template-database.js';
import { waitForText } from '../helpers/wait-for.js';

const ENV = { TECHNICAL_QUESTIONS: '1', BEHAVIOURAL_QUESTIONS: '0', PERSONAL_QUESTIONS: '0' };

describe('forget', () => {
  let h: EngineHarness;
  afterEach(() => h?.stop());

  /** One finished interview with an answer, then one cancelled before its first question. */
  const twoInterviews = async (name: string) => {
    const user = h.user(name);
    await h.command(user, 'start', { position: 'be' });
    await h.upload(user);
    await h.waitFor(user, /Question 1 of 1/);
    await h.say(user, 'An index is a B-tree kept sorted, so a lookup reads log n pages.');
    await h.waitFor(user, /Interview report/);
    h.clock.now += 60_000;
    await h.command(user, 'start', { position: 'fe' });
    await h.say(user, 'end');
    return user;
  };

  it('deletes nothing until confirmed, and offers a button that confirms', async () => {
    h = await createEngineHarness(ENV);
    const ned = await twoInterviews('ned');
    const user = await h.services.users.upsert(ned, 0);
    const [prompt] = await forgetCommand.run(
      {
        user: ned,
        where: { platform: 'slack', workspaceId: 'T1', channelId: 'general' },
        language: 'en',
        capabilities: SLACK_CAPABILITIES,
        services: h.services,
      },
      { confirm: undefined },
    );
    expect(prompt?.title).toBe('Delete your CV and answers?');
    expect(prompt?.text).toMatch(/It cannot be undone/);
    expect(prompt?.buttons).toEqual([
      {
        action: 'forget-confirm',
        label: 'Delete my CV and answers',
        style: 'danger',
        typed: '/interview forget confirm',
      },
    ]);
    expect(await h.command(ned, 'forget')).toMatch(/Delete your CV and answers\?/);
    expect((await h.knex('turns')).every((turn) => turn.answer !== null)).toBe(true);
    expect(await h.command(ned, 'report')).toMatch(/Interview report/);

    expect(await h.click(ned, 'forget-confirm')).toMatch(/deleted the text of 1 CV/);
    expect((await h.knex('turns')).every((turn) => turn.answer === null)).toBe(true);
    expect((await h.services.sessions.history(user.id, 5)).every((s) => s.forgottenAt !== null)).toBe(true);
  });

  it('warns that an interview in progress will be cancelled', async () => {
    h = await createEngineHarness(ENV);
    const ola = h.user('ola');
    await h.command(ola, 'start', { position: 'be' });
    expect(await h.command(ola, 'forget')).toMatch(/Your interview in progress will be cancelled/);
    expect(await h.command(ola, 'status')).toMatch(/waiting for your CV/);
  });

  it('makes history say what was deleted from each interview, and report say when', async () => {
    h = await createEngineHarness(ENV);
    const pia = await twoInterviews('pia');
    await h.command(pia, 'forget', { confirm: 'confirm' });
    const history = await h.command(pia, 'history');
    expect(history).toMatch(
      /1\. \d{4}-\d\d-\d\d · Frontend: cancelled · no answers to delete; forgotten on 2026-11-01/,
    );
    expect(history).toMatch(
      /2\. \d{4}-\d\d-\d\d · Backend: completed · \d+\.\d\/10 · answers and report deleted with `\/interview forget` on 2026-11-01; the score stays/,
    );
    expect(await h.command(pia, 'report', { number: '2' })).toMatch(
      /The report of interview 2 was deleted with `\/interview forget` on 2026-11-01/,
    );
  });

  it('asks and reports in Korean', async () => {
    h = await createEngineHarness(ENV);
    const kim = h.user('kim', { platformLocale: 'ko' });
    await twoInterviews('kim');
    expect(await h.command(kim, 'forget')).toMatch(/이력서와 답변을 삭제할까요\?/);
    await h.command(kim, 'forget', { confirm: '확인' });
    expect(await h.command(kim, 'history')).toMatch(/답변과 리포트 삭제됨, 점수는 남음/);
  });

  it('shows the button in a terminal as the command to type, which confirms', async () => {
    expect(
      renderText(
        {
          text: 'Sure?',
          buttons: [
            {
              action: 'forget-confirm',
              label: 'Delete my CV and answers',
              typed: '/interview forget confirm',
            },
          ],
        },
        { color: false },
      ),
    ).toContain('[Delete my CV and answers: /interview forget confirm]');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'forget-console-'));
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
      DATABASE_URL: `sqlite:${sqliteFileFromTemplate(path.join(dir, 'bot.sqlite'))}`,
    });
    const adapter = createConsoleAdapter({
      terminals: [{ input, output, userId: 'me' }],
      interactive: false,
    });
    const bot = await createBot({ config, logger: createSilentLogger(), adapters: [adapter] });
    await bot.start();
    try {
      input.write('/interview forget\n');
      await waitForText(() => transcript, /\[Delete my CV and answers: \/interview forget confirm\]/);
      input.write('/interview forget confirm\n');
      await waitForText(() => transcript, /deleted the text of 0 CV/);
    } finally {
      await bot.stop();
    }
  });
});
