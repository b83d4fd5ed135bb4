// A bot that dies while model calls are in flight: the next bot on the same database takes the leased jobs
// over when their lease runs out, finishes the evaluations and sends the report, and nothing is sent twice.
import { describe, expect, it } from 'vitest';
import { dataBlockOf } from '../fakes/openai-server.js';
import { lastReport, reportLines, runInterview } from './llm-harness.js';
import { evaluationRequests, holdEvaluations, useLlmSuite, waitForEvaluationRequests } from './llm-suite.js';

/** Short enough for a test; the product default (5 min) outlasts the slowest provider chain. */
const LEASE_MS = 1500;

describe('restart with model calls in flight', () => {
  const suite = useLlmSuite();

  it('resumes the evaluations after the lease expires and sends each question and the report once', async () => {
    const fake = await suite.startFake();
    const held = holdEvaluations(fake);
    const rig = await suite.startRig({
      OPENAI_BASE_URL: fake.baseUrl,
      JOB_LEASE_MS: String(LEASE_MS),
      // The hung calls outlive the test: only a takeover can finish them.
      LLM_TIMEOUT_MS: '60000',
    });
    await runInterview(rig);
    await rig.waitFor(/That was the last question/);
    const evaluations = () => evaluationRequests(fake);
    await waitForEvaluationRequests(fake, 5);
    expect(evaluations()).toHaveLength(5);
    const running = await rig.bot().core.knex('jobs').where({ type: 'evaluate-turn', status: 'running' });
    expect(running).toHaveLength(5);

    // When each answer's lease runs out, keyed by the answer text the model is shown.
    const leaseOf = new Map<string, number>();
    for (const job of running) {
      const turn = await rig
        .bot()
        .core.knex('turns')
        .where({ id: JSON.parse(job.payload).turnId })
        .first();
      leaseOf.set(turn.answer, Number(job.locked_until));
    }

    await rig.crash();
    held.release();
    await rig.boot();
    const text = await rig.waitFor(/Interview report/, 1, LEASE_MS + 8000);

    // Each evaluation was asked again, by the new bot, once the dead one's lease had run out.
    const resumed = evaluations().slice(5);
    expect(resumed).toHaveLength(5);
    for (const request of resumed) {
      const lease = leaseOf.get(dataBlockOf(request, 'candidate answer') ?? '');
      expect(lease).toBeDefined();
      expect(request.receivedAt).toBeGreaterThanOrEqual(lease!);
    }
    expect(reportLines(text)).toHaveLength(5);
    expect(lastReport(text)).toContain('Scored by the language model primary:gpt-4o-mini.');
    expect(lastReport(text)).not.toMatch(/fallback/);
    for (let n = 1; n <= 5; n++) expect(rig.count(new RegExp(`Question ${n} of 5`))).toBe(1);
    expect(rig.count(/Got your CV/)).toBe(1);
    // No job left to run, so no duplicate can still show up.
    expect(await rig.bot().core.runner.whenIdle(10_000)).toBe(true);
    expect(rig.count(/Interview report/)).toBe(1);
    expect(rig.count(/All answers evaluated/)).toBe(1);
    const jobs = await rig
      .bot()
      .core.knex('jobs')
      .where({ type: 'evaluate-turn' })
      .select('status', 'attempts');
    expect(jobs.map((job) => `${job.status}:${job.attempts}`)).toEqual(Array(5).fill('done:2'));
  });
});
