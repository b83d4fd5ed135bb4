// A seed (INTERVIEW_SEED, or `--seed` on start) fixes the question choice, so a scripted interview is
// asked the questions its answers were written for.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createEngineHarness, type EngineHarness } from './engine-harness.js';

const ENV = { TECHNICAL_QUESTIONS: '2', BEHAVIOURAL_QUESTIONS: '1', PERSONAL_QUESTIONS: '0' };

/** Run an interview for `name` (skipping every question) and return the questions it was asked. */
async function questionsFor(h: EngineHarness, name: string, options: Record<string, unknown> = {}) {
  const user = h.user(name);
  const reply = await h.command(user, 'start', { position: 'be', ...options });
  expect(reply).toMatch(/started/);
  await h.upload(user);
  for (let n = 1; n <= 3; n++) {
    await h.waitFor(user, new RegExp(`Question ${n} of 3`));
    await h.say(user, 'skip');
  }
  await h.waitFor(user, /Interview report/);
  const record = await h.services.users.upsert(user, 0);
  const [session] = await h.services.sessions.history(record.id, 1);
  return (await h.services.sessions.listTurns(session!.id)).map((turn) => turn.question);
}

describe('seeded interviews', () => {
  let h: EngineHarness;
  afterEach(() => h?.stop());

  it('asks the same questions for the same --seed, and other questions for other seeds', async () => {
    h = await createEngineHarness(ENV);
    const first = await questionsFor(h, 'a1', { seed: '42' });
    expect(await questionsFor(h, 'a2', { seed: '42' })).toEqual(first);
    const others = [];
    for (const seed of ['1', '2', '3', '4']) others.push(await questionsFor(h, `s${seed}`, { seed }));
    const distinct = new Set([first, ...others].map((questions) => JSON.stringify(questions)));
    expect(distinct.size).toBeGreaterThan(2);
  });

  it('takes INTERVIEW_SEED for every interview that names no seed', async () => {
    h = await createEngineHarness({ ...ENV, INTERVIEW_SEED: '42' });
    const fromEnv = await questionsFor(h, 'e1');
    expect(await questionsFor(h, 'e2', { seed: '42' })).toEqual(fromEnv);
    expect(await questionsFor(h, 'e3')).toEqual(fromEnv);
  });

  it('refuses a seed that is not a whole number, naming the option, and starts nothing', async () => {
    h = await createEngineHarness(ENV);
    const bad = h.user('bad');
    expect(await h.command(bad, 'start', { position: 'be', seed: 'abc' })).toMatch(
      /`seed` must be a whole number from 0 to 2147483647, for example `--seed 42`/,
    );
    expect(await h.command(bad, 'status')).toMatch(/no interview in progress/);
  });

  it('validates INTERVIEW_SEED at start-up, naming the variable', () => {
    expect(() => loadConfig({ INTERVIEW_SEED: 'forty-two' })).toThrow(/INTERVIEW_SEED/);
    expect(() => loadConfig({ INTERVIEW_SEED: '-1' })).toThrow(/INTERVIEW_SEED/);
    expect(loadConfig({ INTERVIEW_SEED: '42' }).env.INTERVIEW_SEED).toBe(42);
    expect(loadConfig({ INTERVIEW_SEED: '' }).env.INTERVIEW_SEED).toBeUndefined();
  });
});
