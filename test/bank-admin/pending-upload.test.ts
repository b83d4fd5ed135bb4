// Specification of `/interview bank import` without a file: the admin's next shared file is the import.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { PENDING_UPLOAD_TTL_MS } from '../../commands/bank-upload.js';
import { createPendingUploadsStore } from '../../src/stores/pending-uploads-store.js';
import type { UserRef } from '../../src/platform/types.js';
import { ENGLISH_ANSWER, toCsv } from '../bank/csv-fixtures.js';
import { fakePdf } from '../engine/engine-harness.js';
import { type BankHarness, useBankSuite, csvFile, textOf } from './bank-harness.js';
import { testDatabases } from '../helpers/databases.js';

const CSV = toCsv(
  ['position', 'question', 'topic', 'example_answer'],
  [['be', 'How does a database index speed up queries, and what does it cost?', 'databases', ENGLISH_ANSWER]],
);

describe.each(testDatabases())('pending uploads on $name', (database) => {
  const ada: UserRef = { platform: 'slack', workspaceId: 'T1', userId: 'ada', isAdmin: true };
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  const open = async () => {
    const created = await database.create({ file: true });
    cleanups.push(created.destroy);
    return created;
  };

  it('remember an admin until the wait ends, and only once', async () => {
    const pending = createPendingUploadsStore((await open()).knex, 1000);
    await pending.expect(ada, 0);
    expect(await pending.claim(ada, 999)).toBe(true);
    expect(await pending.claim(ada, 999)).toBe(false);
    await pending.expect(ada, 0);
    expect(await pending.claim(ada, 1000)).toBe(false);
  });

  it('tell whether a user waits without claiming, and cancel a live wait only once', async () => {
    const pending = createPendingUploadsStore((await open()).knex, 1000);
    await pending.expect(ada, 0);
    expect(await pending.waiting(ada, 10)).toBe(true);
    expect(await pending.waiting(ada, 10)).toBe(true);
    expect(await pending.cancel(ada, 10)).toBe(true);
    expect(await pending.cancel(ada, 10)).toBe(false);
    expect(await pending.waiting(ada, 10)).toBe(false);
    await pending.expect(ada, 0);
    expect(await pending.cancel(ada, 1000)).toBe(false);
    expect(await pending.claim(ada, 1)).toBe(false);
  });

  it('keep users of other workspaces and platforms apart', async () => {
    const pending = createPendingUploadsStore((await open()).knex, 1000);
    await pending.expect(ada, 0);
    expect(await pending.claim({ ...ada, workspaceId: 'T2' }, 1)).toBe(false);
    expect(await pending.claim({ ...ada, platform: 'discord' }, 1)).toBe(false);
    expect(await pending.claim(ada, 1)).toBe(true);
  });

  it('are shared by two instances: the wait set on one is claimed once, by whichever gets the file', async () => {
    const db = await open();
    const one = createPendingUploadsStore(db.knex, 1000);
    const two = createPendingUploadsStore(db.connect(), 1000);
    await one.expect(ada, 0);
    await one.expect(ada, 10);
    const claims = await Promise.all([one.claim(ada, 20), two.claim(ada, 20)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});

describe('bank import without a file', () => {
  const suite = useBankSuite('P');
  let b: BankHarness;
  let workspace: string;
  beforeEach(() => {
    ({ b, workspace } = suite);
  });

  it('asks a Slack admin to share the CSV in the DM, then imports the next file shared there', async () => {
    const ada = b.admin('ada', workspace);
    expect(textOf(await b.bank(ada, 'import'))).toMatch(
      /share the CSV file in your direct messages with me, within 10 minutes/,
    );
    expect(textOf(await b.share(ada, csvFile('club.csv', CSV)))).toMatch(/1 new, 0 updated, 0 unchanged/);
    expect(await b.h.services.bank.listWorkspace(`slack:${workspace}`)).toHaveLength(1);
  });

  it('asks a console user for the path on the next line', async () => {
    const me = b.admin('me', 'local', { platform: 'console' });
    expect(textOf(await b.bank(me, 'import'))).toMatch(/Type the path of the CSV file on the next line/);
    expect(textOf(await b.share(me, csvFile('club.csv', CSV)))).toMatch(/Questions imported from club\.csv/);
  });

  it('tells a Discord admin to attach the file to the command, and waits for nothing', async () => {
    const dan = b.admin('dan', workspace, { platform: 'discord' });
    expect(textOf(await b.bank(dan, 'import'))).toMatch(
      /Attach the CSV to the command with its `file` option/,
    );
    expect(textOf(await b.share(dan, csvFile('club.csv', CSV)))).toMatch(/You have no interview in progress/);
  });

  it('uses the wait once: the file after it goes to the interview as usual', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import');
    await b.share(ada, csvFile('club.csv', CSV));
    const second = textOf(await b.share(ada, csvFile('club.csv', CSV)));
    expect(second).toMatch(/You have no interview in progress/);
    expect(await b.h.services.bank.listWorkspace(`slack:${workspace}`)).toHaveLength(1);
  });

  it('gives a CV to the interview when no import is waiting', async () => {
    const ada = b.admin('ada', workspace);
    await b.h.command(ada, 'start', { position: 'be' });
    await b.share(ada, fakePdf());
    await b.h.waitFor(ada, /Question 1 of 5/);
  });

  it('gives the CV to an interview started after the import, and cancels the import with a word', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import');
    const started = await b.h.command(ada, 'start', { position: 'fe' });
    expect(started).toMatch(/waiting bank import was cancelled because you started an interview/);
    expect(started).toMatch(/`\/interview bank import` again/);
    expect(textOf(await b.share(ada, fakePdf('frontend-ko.pdf')))).not.toMatch(/not a CSV file/);
    await b.h.waitFor(ada, /Question 1 of 5/);
    // The wait is gone: a CSV shared now is not imported.
    await b.share(ada, csvFile('club.csv', CSV));
    expect(await b.h.services.bank.listWorkspace(`slack:${workspace}`)).toEqual([]);
  });

  it('gives a PDF to the interview waiting for its CV, and a CSV to the waiting import', async () => {
    const ada = b.admin('ada', workspace);
    await b.h.command(ada, 'start', { position: 'be' });
    await b.bank(ada, 'import');
    expect(textOf(await b.share(ada, csvFile('club.csv', CSV)))).toMatch(/1 new, 0 updated/);
    await b.bank(ada, 'import');
    expect(textOf(await b.share(ada, fakePdf('cv.pdf')))).not.toMatch(/not a CSV file/);
    await b.h.waitFor(ada, /Question 1 of 5/);
    // The import still waits for its CSV.
    expect(textOf(await b.share(ada, csvFile('more.csv', CSV)))).toMatch(/Questions imported from more\.csv/);
  });

  it('keeps the wait when the start is refused (an interview is already running)', async () => {
    const ada = b.admin('ada', workspace);
    await b.h.command(ada, 'start', { position: 'be' });
    await b.bank(ada, 'import');
    expect(await b.h.command(ada, 'start', { position: 'fe' })).toMatch(/already have a Backend interview/);
    expect(textOf(await b.share(ada, csvFile('club.csv', CSV)))).toMatch(/1 new, 0 updated/);
  });

  it('forgets the wait after ten minutes', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import');
    b.h.clock.now += PENDING_UPLOAD_TTL_MS;
    expect(textOf(await b.share(ada, csvFile('club.csv', CSV)))).toMatch(/You have no interview in progress/);
    expect(await b.h.services.bank.listWorkspace(`slack:${workspace}`)).toEqual([]);
  });

  it('answers a wrong file type itself and uses up the wait', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import');
    expect(textOf(await b.share(ada, fakePdf('club.pdf')))).toMatch(/club\.pdf\*\* is not a CSV file/);
    expect(textOf(await b.share(ada, csvFile('club.csv', CSV)))).toMatch(/You have no interview in progress/);
  });

  it('never routes a member’s file to an import, even one an admin of the same name started', async () => {
    const ada = b.admin('ada', workspace);
    await b.bank(ada, 'import');
    const demoted = { ...ada, isAdmin: false };
    expect(textOf(await b.share(demoted, csvFile('club.csv', CSV)))).toMatch(
      /You have no interview in progress/,
    );
    expect(await b.h.services.bank.listWorkspace(`slack:${workspace}`)).toEqual([]);
  });
});
