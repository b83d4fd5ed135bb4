import { startConsoleBot } from '../helpers/console-bot.js';
import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../../adapters/console/render-text.js';
import { forgetCommand } from '../../commands/forget.js';
import { SLACK_CAPABILITIES } from '../../adapters/slack/capabilities.js';
import { createEngineHarness, type EngineHarness } from '../engine/engine-harness.js';

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
    const c = await startConsoleBot();
    try {
      c.type('/interview forget');
      await c.waitFor(/\[Delete my CV and answers: \/interview forget confirm\]/);
      c.type('/interview forget confirm');
      await c.waitFor(/deleted the text of 0 CVs/);
    } finally {
      await c.stop();
    }
  });
});
