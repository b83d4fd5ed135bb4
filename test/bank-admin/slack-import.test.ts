// A club admin's bank import and export on Slack, through real Bolt, the adapter and the fake Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { commandDescriptors } from '../../commands/index.js';
import { parseTechnicalCsv } from '../../src/bank/parse-technical.js';
import { createSilentLogger } from '../../src/logger.js';
import { ENGLISH_ANSWER, toCsv } from '../bank/csv-fixtures.js';
import { FAKE_CREDENTIALS, type FakeSlack, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { messageEvent, slashCommand } from '../fakes/slack/payloads.js';
import { createSocketDriver, type SlackDriver } from '../fakes/slack/slack-driver.js';
import { FAKE_TEAM_ID } from '../fakes/slack/web-api.js';
import { waitFor } from '../slack/harness.js';
import { type BankHarness, createBankHarness } from './bank-harness.js';

const ADA = 'U0ADA';
const CSV = toCsv(
  ['position', 'question', 'topic', 'example_answer'],
  [['be', 'How does a database index speed up queries, and what does it cost?', 'databases', ENGLISH_ANSWER]],
);

describe('bank administration on slack', () => {
  let b: BankHarness;
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let driver: SlackDriver;
  const command = (text: string) =>
    driver.command(slashCommand({ text, userId: ADA, responseUrlBase: fake.api.responseUrlBase }));

  beforeAll(async () => {
    b = await createBankHarness();
    fake = await startFakeSlack();
    fake.api.setUser({ id: ADA, real_name: 'Ada', locale: 'en-US' });
    adapter = createSlackAdapter({
      botToken: FAKE_CREDENTIALS.botToken,
      appToken: FAKE_CREDENTIALS.appToken,
      port: 0,
      adminUserIds: [ADA],
      apiUrl: fake.api.apiUrl,
      logger: createSilentLogger(),
      retryConfig: { retries: 0 },
    });
    await adapter.registerCommands(commandDescriptors());
    await adapter.start(b.sink);
    driver = createSocketDriver(fake.socket);
  });
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
    await b.stop();
  });

  it('imports the CSV the admin shares in the DM after `/interview bank import`', async () => {
    await command('bank import');
    const asked = await waitFor(() => fake.api.responses[0]);
    expect(JSON.stringify(asked.body)).toContain('share the CSV file in your direct messages with me');
    const bytes = new TextEncoder().encode(CSV);
    const url = fake.files.add('club.csv', { bytes, contentType: 'text/csv' });
    await driver.event(
      messageEvent({
        userId: ADA,
        subtype: 'file_share',
        files: [
          {
            id: 'F0CLUB',
            name: 'club.csv',
            mimetype: 'text/csv',
            filetype: 'csv',
            size: bytes.byteLength,
            url_private_download: url,
          },
        ],
      }),
    );
    const reply = await waitFor(() => fake.api.callsTo('chat.postEphemeral')[0]);
    expect(reply.body).toMatchObject({ channel: `D${ADA}`, user: ADA });
    expect(String(reply.body.text)).toMatch(
      /Questions imported from club\.csv\n1 new, 0 updated, 0 unchanged/,
    );
    expect(await b.h.services.bank.listWorkspace(`slack:${FAKE_TEAM_ID}`)).toHaveLength(1);
  });

  it('uploads `/interview bank export` to the admin’s DM as a CSV that reads back', async () => {
    await command('bank export');
    const upload = await waitFor(() => fake.api.uploads.find((u) => u.channelId));
    expect(upload).toMatchObject({ filename: 'bank-t0club-technical.csv', channelId: `D${ADA}` });
    expect([...upload.bytes!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(upload.bytes);
    const rows = parseTechnicalCsv(text, { source: 'export.csv', workspaceId: null }).rows;
    expect(rows.map((q) => q.question)).toEqual([
      'How does a database index speed up queries, and what does it cost?',
    ]);
    const pointer = await waitFor(() =>
      fake.api.responses.find((r) => JSON.stringify(r.body).includes('I sent')),
    );
    expect(JSON.stringify(pointer.body)).toContain('1 question of its own');
  });
});
