// `/interview history` draws the member's progress once two interviews are finished, and says so before.
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../../bench/chart-samples.js';
import { historyCommand } from '../../commands/history.js';
import { PROGRESS_LAYOUT } from '../../src/charts/progress-chart.js';
import type { Language } from '../../src/domain/types.js';
import type { OutboundMessage, UserRef } from '../../src/platform/types.js';
import { decodePng, isColour } from '../charts/png-probe.js';
import { createEngineHarness, type EngineHarness } from '../engine/engine-harness.js';

const DAY = 24 * 60 * 60 * 1000;

describe('history command with the progress chart', () => {
  let h: EngineHarness;
  afterEach(() => h?.stop());

  /** Store `scores.length` finished backend interviews a week apart, one overall score each. */
  async function finished(user: UserRef, scores: number[], language: Language = 'en') {
    const record = await h.services.users.upsert(user, h.clock.now);
    for (const [index, score] of scores.entries()) {
      const session = await h.services.sessions.create({
        userId: record.id,
        platform: user.platform,
        workspaceId: user.workspaceId,
        position: 'be',
        language,
        conversationRef: { platform: user.platform, workspaceId: user.workspaceId, channelId: 'D1' },
        plan: { technical: 6, behavioural: 0, personal: 0, followUps: false },
        now: h.clock.now - (scores.length - index) * 7 * DAY,
      });
      const report = {
        ...sampleReport(language, [score, score, score, score, score, score]),
        overallScore: score,
      };
      // The enforced state graph: a finished interview went through evaluation.
      await h.services.sessions.transition(session.id, 'awaiting_cv', { state: 'evaluating' }, h.clock.now);
      await h.services.sessions.transition(
        session.id,
        'evaluating',
        { state: 'completed', report, overallScore: score, finishedAt: h.clock.now },
        h.clock.now,
      );
    }
  }

  const history = (user: UserRef, language: Language = 'en'): Promise<OutboundMessage[]> =>
    historyCommand.run(
      {
        user,
        where: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' },
        language,
        capabilities: h.services.capabilities('slack'),
        services: h.services,
      },
      {},
    );

  it('says the chart comes after two finished interviews while there is only one', async () => {
    h = await createEngineHarness({ CHARTS: 'on' });
    const user = h.user('mina');
    await finished(user, [6]);
    const [message] = await history(user);
    expect(message!.text).toBe(
      'Your progress chart appears once you have finished two interviews (you have 1).',
    );
    expect(message!.files ?? []).toEqual([]);
  });

  it('attaches a progress chart whose points sit at each overall score, with the scores in its alt text', async () => {
    h = await createEngineHarness({ CHARTS: 'on' });
    const user = h.user('joon');
    const scores = [3, 6, 9];
    await finished(user, scores);
    const [message] = await history(user);
    const [chart] = message!.files!;
    expect(chart!.contentType).toBe('image/png');
    expect(chart!.altText).toMatch(
      /^Progress over 3 interviews\. .*Backend 3\.0\/10; .*Backend 6\.0\/10; .*Backend 9\.0\/10\./,
    );
    // The fields list the same interviews and scores as text.
    expect(message!.fields!.map((f) => f.value)).toEqual([
      'completed · 9.0/10',
      'completed · 6.0/10',
      'completed · 3.0/10',
    ]);

    const png = decodePng(chart!.content);
    expect([png.width, png.height]).toEqual([PROGRESS_LAYOUT.width, PROGRESS_LAYOUT.height]);
    const { line, width, height } = PROGRESS_LAYOUT;
    const plotWidth = width - line.left - line.right;
    const plotHeight = height - line.top - line.bottom;
    scores.forEach((score, index) => {
      const x = Math.round(line.left + ((index + 0.5) * plotWidth) / scores.length);
      const y = Math.round(line.top + (1 - score / 10) * plotHeight);
      expect(isColour(png, x, y, '#5b8cff', 20), `point ${index} at (${x}, ${y})`).toBe(true);
    });
  });

  it('labels the chart in Korean for a Korean member', async () => {
    h = await createEngineHarness({ CHARTS: 'on' });
    const user = h.user('seo');
    await finished(user, [5, 7], 'ko');
    const [message] = await history(user, 'ko');
    expect(message!.files![0]!.altText).toMatch(
      /^면접 2회의 성장 기록\. .*백엔드 5\.0\/10; .*백엔드 7\.0\/10\./,
    );
    const [one] = await history(h.user('new'), 'ko');
    expect(one!.text).toMatch(/면접/);
  });
});
