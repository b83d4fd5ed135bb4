// A graceful stop with model calls in flight: the bot stops without waiting on them and the next start
// asks again at once; nothing is sent twice.
import { describe, expect, it } from 'vitest';
import { lastReport, reportLines, runInterview } from './llm-harness.js';
import { evaluationRequests, holdEvaluations, useLlmSuite, waitForEvaluationRequests } from './llm-suite.js';

describe('graceful restart with model calls in flight', () => {
  const suite = useLlmSuite();

  it('interrupts the calls on stop, hands the jobs back, and the next bot finishes them at once', async () => {
    const fake = await suite.startFake();
    const held = holdEvaluations(fake);
    // Without interruption a stop would wait this long on each hung call.
    const rig = await suite.startRig({ OPENAI_BASE_URL: fake.baseUrl, LLM_TIMEOUT_MS: '60000' });
    await runInterview(rig);
    await rig.waitFor(/That was the last question/);
    const evaluations = () => evaluationRequests(fake);
    await waitForEvaluationRequests(fake, 5);
    expect(evaluations()).toHaveLength(5);

    await rig.bot().stop();
    expect(rig.count(/Interview report/)).toBe(0);
    held.release();
    await rig.boot();
    const text = await rig.waitFor(/Interview report/);

    expect(evaluations()).toHaveLength(10);
    expect(reportLines(text)).toHaveLength(5);
    expect(lastReport(text)).toContain('Scored by the language model primary:gpt-4o-mini.');
    expect(lastReport(text)).not.toMatch(/fallback/);
    for (let n = 1; n <= 5; n++) expect(rig.count(new RegExp(`Question ${n} of 5`))).toBe(1);
    // No job left to run, so no duplicate report can still show up.
    expect(await rig.bot().core.runner.whenIdle(10_000)).toBe(true);
    expect(rig.count(/Interview report/)).toBe(1);
    const rows = await rig
      .bot()
      .core.knex('jobs')
      .where({ type: 'evaluate-turn' })
      .select('status', 'attempts');
    // The interrupted attempt was not counted against the job.
    expect(rows.map((job) => `${job.status}:${job.attempts}`)).toEqual(Array(5).fill('done:1'));
  });
});
