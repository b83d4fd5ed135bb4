// The "your report was updated" notice (issue 11, point 10): sent only when a language model's
// evaluation replaced one the offline evaluator gave at the report deadline, saying old → new overall.
import { afterEach, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import type { LlmProvider } from '../../src/llm/types.js';
import { createEngineHarness, type EngineHarness } from './engine-harness.js';

/** A preferred evaluator that answers only when the test lets it, with the evaluation the test picks. */
function gatedEvaluator(evaluation: (offline: Evaluation) => Evaluation) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const wrap = (offline: LlmProvider): LlmProvider => ({
    ...offline,
    name: 'primary',
    model: 'fake-model',
    async evaluateAnswer(input, opts) {
      const base = await offline.evaluateAnswer(input, opts);
      await gate;
      return evaluation(base);
    },
  });
  return { wrap, release: () => release() };
}

const ANSWER =
  'An index is a B-tree kept sorted on the column, so lookups take log n page reads instead of a full scan; writes pay to keep it balanced.';

describe('report update notice', () => {
  let h: EngineHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  /** One answered question; the report goes out at the deadline with the offline fallback score. */
  async function reportAtDeadline(evaluator: ReturnType<typeof gatedEvaluator>) {
    h = await createEngineHarness(
      {
        TECHNICAL_QUESTIONS: '1',
        BEHAVIOURAL_QUESTIONS: '0',
        PERSONAL_QUESTIONS: '0',
        REPORT_DEADLINE_MS: '1000',
      },
      { createLlm: evaluator.wrap },
    );
    const eve = h.user('eve');
    await h.command(eve, 'start', { position: 'be' });
    await h.upload(eve);
    await h.waitFor(eve, /Question 1 of 1/);
    await h.say(eve, ANSWER);
    await h.waitFor(eve, /evaluating your answers/);
    h.clock.now += 2000;
    const report = await h.waitFor(eve, /Interview report/);
    expect(report).toMatch(/\(fallback\)/);
    return eve;
  }

  it('says old → new overall when a language model replaced the offline fallback', async () => {
    const evaluator = gatedEvaluator((base) => ({ ...base, score: 9, evaluator: 'primary:fake-model' }));
    const eve = await reportAtDeadline(evaluator);
    const before = /Overall \*\*(\d+\.\d)\/10\*\*/.exec(h!.messenger.text(eve.userId))![1];
    evaluator.release();
    const text = await h!.waitFor(eve, /A language model has now scored/);
    expect(text).toContain(
      `A language model has now scored the answer the offline evaluator had scored: overall ${before} → 9.0/10.`,
    );
  });

  it('says nothing when the late evaluation is not a language model’s (the same offline judgement)', async () => {
    // The chain's own offline last resort, or the pre-check: not degraded, but no model was involved.
    const evaluator = gatedEvaluator((base) => ({ ...base, evaluator: 'offline' }));
    const eve = await reportAtDeadline(evaluator);
    evaluator.release();
    // The late evaluation is stored (no longer a fallback) and the report rebuilt quietly…
    await waitUntil(async () => {
      const [session] = await h!.knex('sessions');
      return typeof session.report === 'string' && !session.report.includes('"degraded":true');
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // …and the member is not told about a change that did not happen.
    expect(h!.messenger.text(eve.userId)).not.toMatch(/report was updated|has now scored/);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
