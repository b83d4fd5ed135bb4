// CV questions come from the model in the background while the user answers earlier questions; they quote
// the CV, and only the redacted CV text ever reaches the model.
import { describe, expect, it } from 'vitest';
import { dataBlockOf } from '../fakes/openai-server.js';
import { runInterview } from './llm-harness.js';
import { useLlmSuite } from './llm-suite.js';

/** Contact details printed on the test CV (test/fakes/pdf-factory.ts createEnglishCv). */
const CONTACT = ['jane.doe@example.com', '555-0132', '(415)', 'Baker Street'];
/** Scaled down from the 20–45 s a real model takes to write five CV questions. */
const GENERATION_MS = 1200;
/** How long the user thinks about each technical and behavioural question. */
const THINK_MS = 600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CV questions from the model', () => {
  const suite = useLlmSuite();

  it('are generated from the moment the CV is stored, quote the CV, and see only its redacted text', async () => {
    const fake = await suite.startFake({ latencyMs: { cv_questions: GENERATION_MS } });
    const rig = await suite.startRig({ OPENAI_BASE_URL: fake.baseUrl });
    const answeredAt: number[] = [];
    await runInterview(rig, {
      beforeAnswer: async (n) => {
        if (n <= 3) await sleep(THINK_MS);
        answeredAt[n] = Date.now();
      },
    });
    const text = await rig.waitFor(/Interview report/);

    const generation = fake.requests.filter((r) => r.operation === 'cv_questions');
    expect(generation).toHaveLength(1);
    expect(generation[0]!.receivedAt).toBeLessThan(answeredAt[1]!);
    expect(fake.requests[0]).toBe(generation[0]);
    // The user spent longer on the first three questions than the model on the CV: no wait at the boundary.
    expect(text).not.toMatch(/I am finishing the questions about your CV/);
    expect(text).toMatch(/Question 4 of 5 · From your CV/);

    const knex = rig.bot().core.knex;
    const cv = await knex('cvs').first('text', 'redacted_text');
    expect(cv.text).toContain('jane.doe@example.com');
    const cvBlock = dataBlockOf(generation[0]!, 'cv');
    expect(cvBlock).toBe(cv.redacted_text);
    expect(cvBlock).toContain('ledger service');
    for (const request of fake.requests) {
      const body = JSON.stringify(request.body);
      for (const detail of CONTACT) expect(body).not.toContain(detail);
    }

    expect(await knex('turns').where({ kind: 'personal' })).toHaveLength(2);
    const generated = await knex('generated_questions').select('generator', 'degraded', 'quote');
    expect(generated.every((g) => g.generator === 'primary:gpt-4o-mini' && !g.degraded)).toBe(true);
    for (const { quote } of generated) {
      expect(cv.redacted_text).toContain(quote);
      // The question quotes its CV line itself, so the line is not repeated under it (issue 11, point 12).
      expect(text).toMatch(
        new RegExp(`From your CV\\n[^\\n]*${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
  });
});
