// A full console interview whose primary model fails half way: the session completes, and the report says
// which answers the primary scored and which a fallback scored, labelled as such.
import { describe, expect, it } from 'vitest';
import type { FakeRoute } from '../fakes/openai-server.js';
import {
  type LlmRig,
  llmCalls,
  occurrences,
  lastReport,
  reportLines,
  runInterview,
  waitForEvaluations,
} from './llm-harness.js';
import { useLlmSuite } from './llm-suite.js';

/**
 * Serve the first `n` evaluations normally, then answer 503 to everything, as an upstream outage would.
 * (CV-question generation may take more than one call: questions quoting nothing usable are asked again.)
 */
function failAfterEvaluations(n: number): FakeRoute {
  let evaluations = 0;
  let down = false;
  return (request) => {
    if (!down && request.operation === 'evaluation' && evaluations++ >= n) down = true;
    return down ? { kind: 'status', status: 503, message: 'upstream outage' } : undefined;
  };
}

describe('llm failover in a full console interview', () => {
  const suite = useLlmSuite();

  /** Run the interview one evaluation at a time, so the outage lands between answers 2 and 3. */
  const interview = async (r: LlmRig) => {
    await runInterview(r, { beforeAnswer: (n) => waitForEvaluations(r, n - 1) });
    return r.waitFor(/Interview report/);
  };

  it('hands over to the secondary when the primary starts failing, and labels those scores as fallback', async () => {
    const primary = await suite.startFake();
    const secondary = await suite.startFake();
    // The CV questions and two evaluations succeed; then the primary is down.
    primary.addRoute(failAfterEvaluations(2));
    const rig = await suite.startRig({
      OPENAI_BASE_URL: primary.baseUrl,
      SECONDARY_BASE_URL: secondary.baseUrl,
      SECONDARY_API_KEY: 'sk-secondary-test',
      SECONDARY_MODEL: 'llama3.1:8b',
      LLM_CIRCUIT_ERRORS: '2',
    });
    const text = await interview(rig);

    expect(text).toMatch(/the average over the 5 questions you were asked/);
    const items = reportLines(text);
    expect(items).toHaveLength(5);
    for (const item of items.slice(0, 2)) expect(item).not.toMatch(/fallback/);
    for (const item of items.slice(2)) expect(item).toMatch(/ · \d+\/10 \(fallback\)/);
    // Two evaluators: each named once, with its questions; the stand-in's answers are explained.
    expect(lastReport(text)).toContain(
      'Scored by: language model primary:gpt-4o-mini (questions 1, 2) · language model secondary:llama3.1:8b (questions 3, 4, 5).',
    );
    expect(lastReport(text)).toMatch(/The 3 answers marked \(fallback\) were scored by a stand-in evaluator/);

    const calls = await llmCalls(rig);
    expect(occurrences(calls, 'primary generate ok')).toBe(1);
    expect(occurrences(calls, 'primary evaluate ok')).toBe(2);
    // Two failures open the circuit; the last evaluation skips the primary without calling it.
    expect(occurrences(calls, 'primary evaluate error')).toBe(2);
    expect(occurrences(calls, 'primary evaluate skipped_circuit')).toBe(1);
    expect(occurrences(calls, 'secondary evaluate ok')).toBe(3);
    expect(primary.requests.filter((r) => r.operation === 'evaluation')).toHaveLength(4);
    expect(secondary.requests.every((r) => r.authorization === 'Bearer sk-secondary-test')).toBe(true);
  });

  it('falls back to the offline evaluator when there is no secondary, and still labels it', async () => {
    const primary = await suite.startFake();
    primary.addRoute(failAfterEvaluations(2));
    const rig = await suite.startRig({ OPENAI_BASE_URL: primary.baseUrl, LLM_CIRCUIT_ERRORS: '2' });
    const text = await interview(rig);

    expect(text).toMatch(/the average over the 5 questions you were asked/);
    const items = reportLines(text);
    expect(items).toHaveLength(5);
    for (const item of items.slice(0, 2)) expect(item).not.toMatch(/fallback/);
    for (const item of items.slice(2)) expect(item).toMatch(/ · \d+\/10 \(fallback\)/);
    expect(lastReport(text)).toContain(
      'Scored by: language model primary:gpt-4o-mini (questions 1, 2) · offline evaluator (questions 3, 4, 5).',
    );

    const calls = await llmCalls(rig);
    expect(occurrences(calls, 'primary evaluate ok')).toBe(2);
    expect(occurrences(calls, 'primary evaluate error')).toBe(2);
    expect(occurrences(calls, 'primary evaluate skipped_circuit')).toBe(1);
    expect(occurrences(calls, 'offline evaluate ok')).toBe(3);
  });
});
