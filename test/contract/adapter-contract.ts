// The behaviour every platform adapter must show, run against each adapter's fake transport:
// start → CV → questions → answers → report, skip, end, status, bad files, duplicates, restarts.
import { afterEach, describe, expect, it } from 'vitest';
import { createEnglishCv, createPng } from '../fakes/pdf-factory.js';
import { waitForText as waitForMatches } from '../helpers/wait-for.js';

/** Interview counts small enough for quick contract runs. */
export const CONTRACT_ENV: Record<string, string> = {
  TECHNICAL_QUESTIONS: '2',
  BEHAVIOURAL_QUESTIONS: '1',
  PERSONAL_QUESTIONS: '1',
  FOLLOW_UPS: 'false',
  REPORT_DEADLINE_MS: '20000',
  JOB_POLL_MS: '50',
  LOG_LEVEL: 'silent',
  // The contract reads the text; the report-card suites of each platform turn charts on.
  CHARTS: 'off',
};

/** What a platform's test rig offers the contract. Users are plain ids; the rig maps them to its platform. */
export interface AdapterHarness {
  /** Start the bot (this adapter + a fresh SQLite database) with CONTRACT_ENV plus `env`. */
  start(env?: Record<string, string>): Promise<void>;
  /** Stop the bot and start a new one (new adapter, new client) on the same database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Run `/interview <text>` as `user`, e.g. `start be` (where the platform has a channel: in a shared channel). */
  command(user: string, text: string): Promise<void>;
  /** Send text in the user's interview conversation. */
  say(user: string, text: string): Promise<void>;
  /** Hand over a file in the user's interview conversation. */
  upload(user: string, fileName: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /**
   * Click a button (`skip` or `end`) on the latest question the user was shown, or `full-report` on
   * the latest report; a platform without buttons types what the button says to type.
   */
  click(user: string, action: 'skip' | 'end' | 'full-report'): Promise<void>;
  /** Everything `user` has been shown, as plain text, in order (their conversation and replies only they see). */
  transcript(user: string): string;
  /** Platforms with more than one place to talk: send text outside the interview conversation. */
  sayElsewhere?: ((user: string, text: string) => Promise<void>) | undefined;
}

/** Wait until the user's transcript matches `pattern` `times` times. */
export async function waitForText(
  harness: AdapterHarness,
  user: string,
  pattern: RegExp,
  times = 1,
  timeoutMs = 15_000,
): Promise<string> {
  return waitForMatches(() => harness.transcript(user), pattern, times, {
    timeoutMs,
    what: () => `${pattern} ×${times} in transcript of ${user}:\n${harness.transcript(user).slice(-3000)}`,
  });
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

/** Run the shared contract against `createHarness`. */
export function runAdapterContract(
  name: string,
  createHarness: () => Promise<AdapterHarness> | AdapterHarness,
): void {
  describe(`adapter contract: ${name}`, () => {
    let harness: AdapterHarness | undefined;
    const rig = async (env?: Record<string, string>) => {
      harness = await createHarness();
      await harness.start(env);
      return harness;
    };
    afterEach(async () => {
      await harness?.stop();
      harness = undefined;
    });

    it('runs a whole interview: start, CV, every question, answers, then the report', async () => {
      const h = await rig();
      await h.command('alice', 'start be');
      await waitForText(h, 'alice', /CV as a PDF/);
      await h.upload('alice', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'alice', /Got your CV/);
      for (let n = 1; n <= 4; n++) {
        await waitForText(h, 'alice', new RegExp(`Question ${n} of 4`));
        await h.say(
          'alice',
          `My answer number ${n}: an index is a B-tree that makes lookups logarithmic, at a write cost.`,
        );
      }
      const text = await waitForText(h, 'alice', /Interview report/);
      expect(text).toMatch(/Overall \**[\d.]+\/10\**: the average over the 4 questions you were asked\./);
      // The evaluator is named once, at the foot of the short report.
      expect(text).toMatch(/Scored by the offline evaluator\./);
      expect(count(text, /offline evaluator/)).toBe(1);
      expect(count(text, /Question \d of 4/)).toBe(4);
    });

    it('skips a question with a button and counts it as skipped in the report', async () => {
      const h = await rig({ TECHNICAL_QUESTIONS: '1', BEHAVIOURAL_QUESTIONS: '0', PERSONAL_QUESTIONS: '0' });
      await h.command('bob', 'start fe');
      await h.upload('bob', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'bob', /Question 1 of 1/);
      await h.click('bob', 'skip');
      const text = await waitForText(h, 'bob', /Interview report/);
      expect(text).toMatch(/Skipped\./);
      expect(text).toMatch(/skipped \(0\/10\)/);
    });

    it('ends early on request and reports only what was answered', async () => {
      const h = await rig();
      await h.command('carol', 'start ai');
      await h.upload('carol', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'carol', /Question 1 of 4/);
      await h.say(
        'carol',
        'Overfitting is when a model learns noise in the training data and fails to generalise; regularisation and more data help.',
      );
      await waitForText(h, 'carol', /Question 2 of 4/);
      await h.say('carol', 'end');
      const text = await waitForText(h, 'carol', /Interview report/);
      expect(text).toMatch(/Interview ended/);
      expect(text).toMatch(/the score of the one question you were asked\./);
      expect(text).toMatch(/The question still open when you ended does not count\./);
    });

    it('opens the full report from the short one: each question with the member’s answer beside the model answer', async () => {
      const h = await rig({ TECHNICAL_QUESTIONS: '1', BEHAVIOURAL_QUESTIONS: '0', PERSONAL_QUESTIONS: '0' });
      await h.command('judy', 'start be');
      await h.upload('judy', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'judy', /Question 1 of 1/);
      const answer = 'A mutex lets one thread at a time into a critical section; the owner must release it.';
      await h.say('judy', answer);
      const short = await waitForText(h, 'judy', /Interview report/);
      // The short report does not carry the answers; the full one does.
      expect(short).not.toMatch(/Your answer/);
      await h.click('judy', 'full-report');
      // The full report comes as a heading and one message per question.
      const text = await waitForText(h, 'judy', /Full interview report[\s\S]*Model answer/);
      const full = text.slice(text.lastIndexOf('Full interview report'));
      expect(full).toMatch(/Your answer/);
      expect(full).toContain('A mutex lets one thread at a time into a critical section');
      expect(full).toMatch(/Model answer/);
      expect(full.indexOf('Your answer')).toBeLessThan(full.indexOf('Model answer'));
    });

    it('refuses a file that is not a PDF and keeps waiting for the CV', async () => {
      const h = await rig();
      await h.command('dave', 'start mobile');
      await waitForText(h, 'dave', /CV as a PDF/);
      await h.upload('dave', 'photo.png', createPng(), 'image/png');
      await waitForText(h, 'dave', /not a PDF/i);
      await h.upload('dave', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'dave', /Question 1 of 4/);
    });

    it('tells a user with an interview in progress, shows status, and answers unknown subcommands with help', async () => {
      const h = await rig();
      await h.command('erin', 'start be');
      await h.upload('erin', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'erin', /Question 1 of 4/);
      await h.command('erin', 'start fe');
      await waitForText(h, 'erin', /already have a Backend interview in progress/);
      await h.command('erin', 'status');
      await waitForText(h, 'erin', /Interview status/);
      await h.command('erin', 'dance');
      await waitForText(h, 'erin', /\/interview start/);
    });

    it('continues the same interview after a restart, losing no answer', async () => {
      const h = await rig();
      await h.command('frank', 'start be');
      await h.upload('frank', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'frank', /Question 1 of 4/);
      await h.say('frank', 'A process has its own address space; threads share memory within a process.');
      await waitForText(h, 'frank', /Question 2 of 4/);
      await h.restart();
      await h.say('frank', 'TCP is connection-oriented and reliable; UDP is connectionless and faster.');
      await waitForText(h, 'frank', /Question 3 of 4/);
      await h.say(
        'frank',
        'When our deadline moved, I re-planned the work and as a result we shipped on time.',
      );
      await waitForText(h, 'frank', /Question 4 of 4/);
      await h.say('frank', 'I chose it for its ecosystem and measured a 30% speed-up.');
      const text = await waitForText(h, 'frank', /Interview report/);
      expect(text).toMatch(/the average over the 4 questions you were asked/);
      expect(count(text, /Question 2 of 4/)).toBe(1);
    });

    it('keeps two users apart', async () => {
      const h = await rig({ TECHNICAL_QUESTIONS: '1', BEHAVIOURAL_QUESTIONS: '0', PERSONAL_QUESTIONS: '0' });
      await h.command('gina', 'start be');
      await h.command('hank', 'start fe');
      await h.upload('gina', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'gina', /Question 1 of 1/);
      expect(h.transcript('hank')).not.toMatch(/Question 1 of 1/);
      await h.say('gina', 'skip');
      await waitForText(h, 'gina', /Interview report/);
      expect(h.transcript('hank')).not.toMatch(/Interview report/);
    });

    it('points an answer sent outside the interview conversation back to it', async () => {
      const h = await rig();
      if (!h.sayElsewhere) {
        // One place to talk (the console): there is no "elsewhere"; the conversation is the terminal.
        expect(name).toBe('console');
        return;
      }
      await h.command('ivan', 'start be');
      await h.upload('ivan', 'cv.pdf', await createEnglishCv(), 'application/pdf');
      await waitForText(h, 'ivan', /Question 1 of 4/);
      await h.sayElsewhere('ivan', 'This is my answer in the wrong place.');
      await waitForText(h, 'ivan', /please answer there/);
      expect(h.transcript('ivan')).not.toMatch(/Question 2 of 4/);
    });
  });
}
