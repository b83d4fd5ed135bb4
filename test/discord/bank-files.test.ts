// `/interview-admin bank` on Discord, whole bot: CSVs come in as the `file` option and go out as real attachments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { ENGLISH_ANSWER, toCsv } from '../bank/csv-fixtures.js';
import { PERMISSIONS } from '../fakes/discord/interactions.js';
import type { StoredFile } from '../fakes/discord/state.js';
import { createDiscordContractHarness, type DiscordContractHarness } from './contract-harness.js';

/** The original web app's four columns; the importer derives ids, difficulty and key points. */
const ORIGINAL_HEADER = ['position', 'question', 'topic', 'example_answer'];
const GOOD_ROW = [
  'BE',
  'How does a database index speed up queries, and what does it cost?',
  'Database',
  ENGLISH_ANSWER,
];
const BAD_ROW = [
  'devops',
  'How would you roll back a failed deployment without downtime?',
  'Release',
  ENGLISH_ANSWER,
];

const csv = (fileName: string, rows: string[][]) => ({
  fileName,
  bytes: new TextEncoder().encode(toCsv(ORIGINAL_HEADER, rows)),
  contentType: 'text/csv; charset=utf-8',
});
const BOM = [0xef, 0xbb, 0xbf];
/** The file's text; TextDecoder drops the BOM, which the tests check on the bytes. */
// TextDecoder drops the BOM, which the tests check on the bytes.
const decode = (file: StoredFile) => new TextDecoder().decode(file.bytes);

describe('question bank files on discord', () => {
  let h: DiscordContractHarness;
  // Each test is its own admin; all share the one server, so imports are checked by what they add.
  const admin = { permissions: PERMISSIONS.manageGuild };
  const lastReply = (user: string) => h.interactionReplies(user).at(-1)!;
  const text = (user: string) => {
    const reply = lastReply(user);
    return [reply.content, ...reply.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n');
  };

  beforeAll(async () => {
    h = createDiscordContractHarness();
    await h.start();
  });
  afterAll(() => h.stop());

  it('exports the shared bank as a CSV attachment with a UTF-8 byte order mark', async () => {
    await h.commandAs('ada', 'bank export be', admin);
    const reply = lastReply('ada');
    expect(reply.flags & 64).toBe(64);
    expect(reply.files.map((f) => f.filename)).toEqual(['bank-shared-be.csv']);
    const [file] = reply.files;
    expect([...file!.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(file!.contentType).toMatch(/^text\/csv/);
    const lines = decode(file!).trim().split('\n');
    expect(lines[0]).toBe(
      'id,position,topic,difficulty,language,question,example_answer,key_points,follow_ups',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(text('ada')).toContain('bank-shared-be.csv');
  });

  it('refuses a CSV with a bad row, naming its line, and imports nothing from it', async () => {
    await h.commandAs('bo', 'bank import', {
      ...admin,
      files: { file: csv('club.csv', [GOOD_ROW, BAD_ROW]) },
    });
    expect(text('bo')).toContain(t('en', 'bank.import_rejected_title', { source: 'club.csv' }));
    expect(text('bo')).toMatch(/club\.csv, line 3: /);
    expect(text('bo')).not.toMatch(/line 2/);

    await h.commandAs('bo', 'bank export', admin);
    expect(text('bo')).toBe(t('en', 'bank.export_none', { prefix: '/interview-admin' }));
    expect(lastReply('bo').files).toEqual([]);
  });

  it('imports a CSV given as the file option, and exports the imported question back', async () => {
    await h.commandAs('cy', 'bank import', { ...admin, files: { file: csv('club.csv', [GOOD_ROW]) } });
    expect(text('cy')).toContain(t('en', 'bank.import_done_title', { source: 'club.csv' }));
    expect(text('cy')).toMatch(/1 new, 0 updated, 0 unchanged/);

    await h.commandAs('cy', 'bank export', admin);
    const [file] = lastReply('cy').files;
    expect(file!.filename).toBe(`bank-${h.discord().guild.id}-technical.csv`);
    expect([...file!.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(decode(file!)).toContain('How does a database index speed up queries, and what does it cost?');
  });

  it('attaches the statistics tables as a text file to the stats embed', async () => {
    await h.commandAs('di', 'bank stats', admin);
    const reply = lastReply('di');
    expect(reply.embeds[0]!.title).toBe(t('en', 'bank.stats_title'));
    expect(reply.files.map((f) => f.filename)).toEqual([`bank-${h.discord().guild.id}-stats.txt`]);
    expect(decode(reply.files[0]!)).toContain('== shared ==');
  });

  it('refuses the bank command to a member without attaching anything', async () => {
    await h.commandAs('eve', 'bank export be', { permissions: PERMISSIONS.member });
    expect(text('eve')).toBe(t('en', 'common.admin_only', { command: '/interview-admin bank' }));
    expect(lastReply('eve').files).toEqual([]);
  });
});
