// One finished one-question interview through the whole bot on any platform rig, for the chart tests.
import { type AdapterHarness, waitForText } from '../contract/adapter-contract.js';
import { createEnglishCv } from '../fakes/pdf-factory.js';

/** Env for a one-question interview (a technical question only), with charts on. */
export const ONE_QUESTION = {
  TECHNICAL_QUESTIONS: '1',
  BEHAVIOURAL_QUESTIONS: '0',
  PERSONAL_QUESTIONS: '0',
  CHARTS: 'on',
};

/** Start, hand over the CV, answer the one question, and wait for the report. */
export async function finishOneQuestionInterview(h: AdapterHarness, user: string): Promise<void> {
  await h.command(user, 'start be');
  await waitForText(h, user, /CV as a PDF/);
  await h.upload(user, 'cv.pdf', await createEnglishCv(), 'application/pdf');
  await waitForText(h, user, /Question 1 of 1/);
  await h.say(
    user,
    'An index is a B-tree kept beside the table: lookups become logarithmic, writes cost more.',
  );
  await waitForText(h, user, /Interview report/);
}
