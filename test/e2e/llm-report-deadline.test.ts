// A model slower than the report deadline: the report arrives on time with labelled offline scores, and is
// updated (and the user told) when the model's evaluations land.
import { describe, expect, it } from 'vitest';
import { lastReport, reportLines, runInterview } from './llm-harness.js';
import { useLlmSuite } from './llm-suite.js';
import { waitFor } from '../helpers/wait-for.js';

/** Scaled down from a 10–45 s evaluation call; the deadline is well below it. */
const EVALUATION_MS = 3000;
const REPORT_DEADLINE_MS = 800;

describe('report deadline with a slow model', () => {
  const suite = useLlmSuite();

  it('sends the report at the deadline with fallback scores, then updates it with the model evaluation', async () => {
    const fake = await suite.startFake({ latencyMs: { evaluation: EVALUATION_MS } });
    const rig = await suite.startRig({
      OPENAI_BASE_URL: fake.baseUrl,
      REPORT_DEADLINE_MS: String(REPORT_DEADLINE_MS),
      LLM_TIMEOUT_MS: '8000',
    });
    await runInterview(rig);
    const first = await rig.waitFor(/Interview report/);

    // On time: every score is the offline fallback, so no model evaluation had come back yet.
    const early = reportLines(first);
    expect(early).toHaveLength(5);
    for (const item of early) expect(item).toMatch(/ · \d+\/10 \(fallback\)/);
    expect(lastReport(first)).toContain('Scored by the offline evaluator.');
    const before = /Overall \*{0,2}(\d+\.\d)\/10/.exec(lastReport(first))![1]!;
    expect(first).not.toMatch(/has now scored/);

    // One notice, saying what changed: which answers a model re-scored, and the overall old → new.
    const updated = await rig.waitFor(/has now scored/, 1, EVALUATION_MS + 5000);
    expect(updated.slice(updated.indexOf('Interview report'))).toMatch(
      new RegExp(
        `A language model has now scored 5 answers the offline evaluator had scored: overall ${before.replace('.', '\\.')} → \\d+\\.\\d/10\\.`,
      ),
    );
    // Every model evaluation lands; the stored report then carries all of them.
    await waitFor(
      async () =>
        (await rig.bot().core.knex('turns').where({ degraded: false }).whereNotNull('evaluated_at'))
          .length === 5,
      { timeoutMs: EVALUATION_MS + 5000, what: 'five model evaluations' },
    );
    await rig.command('report');
    const again = await rig.waitFor(/Interview report/, 2);
    expect(reportLines(again)).toHaveLength(5);
    expect(lastReport(again)).toContain('Scored by the language model primary:gpt-4o-mini.');
    expect(lastReport(again)).not.toMatch(/fallback/);
    expect(rig.count(/Interview report/)).toBe(2);
    // Five late evaluations, one notice: it is sent when the last pending one lands.
    expect(rig.count(/has now scored/)).toBe(1);
  });
});
