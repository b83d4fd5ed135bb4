// Imported questions belong to their workspace: asked there, never in another workspace's interviews.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRef } from '../../src/platform/types.js';
import { toCsv } from '../bank/csv-fixtures.js';
import { type BankHarness, createBankHarness, csvFile, textOf } from './bank-harness.js';

const CLUB_QUESTION =
  'How does our club app keep its iOS provisioning profiles from expiring before a release?';
const CLUB_ANSWER =
  'Provisioning profiles expire after a year, so the club stores signing assets in a shared, encrypted ' +
  'repository managed with fastlane match. A scheduled CI job checks the expiry date of every profile and ' +
  'certificate each week and opens an issue a month before anything lapses. Renewal regenerates the ' +
  'profiles, updates the repository, and every developer pulls the new ones instead of creating their own ' +
  'in the Apple portal. Release builds only run on CI, so a stale local profile cannot ship.';

describe('workspace questions', () => {
  let b: BankHarness;
  let importedId: number;
  const member = (id: string, workspaceId: string): UserRef => ({
    platform: 'slack',
    workspaceId,
    userId: id,
  });

  beforeAll(async () => {
    b = await createBankHarness({
      TECHNICAL_QUESTIONS: '1',
      BEHAVIOURAL_QUESTIONS: '1',
      PERSONAL_QUESTIONS: '0',
    });
    // Without the shared mobile questions, the club's own question is the only technical candidate.
    await b.h.knex('questions').where({ workspace_key: '', kind: 'technical', position: 'mobile' }).delete();
    const csv = toCsv(
      ['position', 'question', 'topic', 'example_answer'],
      [['mobile', CLUB_QUESTION, 'release', CLUB_ANSWER]],
    );
    const reply = await b.bank(b.admin('ada', 'TA'), 'import', { file: csvFile('club.csv', csv) });
    expect(textOf(reply)).toMatch(/1 new/);
    importedId = (await b.h.services.bank.listWorkspace('slack:TA'))[0]!.dbId;
  });
  afterAll(() => b.stop());

  const interview = async (user: UserRef) => {
    await b.h.command(user, 'start', { position: 'mobile' });
    await b.share(user, {
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1024,
      download: async () => new Uint8Array(1024),
    });
    const text = await b.h.waitFor(user, /Question 1 of/);
    const id = (await b.h.services.users.upsert(user, 0)).id;
    const session = await b.h.services.sessions.findActive(id);
    const turns = await b.h.services.sessions.listTurns(session!.id);
    return { text, questionIds: turns.map((turn) => turn.questionId) };
  };

  it('asks a member of the importing workspace the imported question', async () => {
    const { text, questionIds } = await interview(member('mia', 'TA'));
    expect(text).toMatch(/Question 1 of 2 · Technical/);
    expect(text).toContain(CLUB_QUESTION);
    expect(questionIds).toEqual([importedId]);
  });

  it('never asks it in another workspace, even when that leaves no technical question at all', async () => {
    const { text, questionIds } = await interview(member('bo', 'TB'));
    expect(text).toMatch(/Question 1 of 1 · Behavioural/);
    expect(text).not.toContain(CLUB_QUESTION);
    expect(questionIds).not.toContain(importedId);
  });

  it('never asks it on another platform with the same workspace id', async () => {
    const { text } = await interview({ platform: 'discord', workspaceId: 'TA', userId: 'cy' });
    expect(text).not.toContain(CLUB_QUESTION);
  });
});
