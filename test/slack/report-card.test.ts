// The report card on Slack, whole bot: uploaded into the session thread through files.uploadV2, with alt text.
import { afterEach, describe, expect, it } from 'vitest';
import { decodePng } from '../charts/png-probe.js';
import { finishOneQuestionInterview, ONE_QUESTION } from '../charts/short-interview.js';
import { latestSessionThread } from '../fakes/slack/conversation-reader.js';
import { waitFor } from '../helpers/wait-for.js';
import { createSlackContractHarness, type SlackContractHarness } from './contract-harness.js';

describe('report card on slack', () => {
  let h: SlackContractHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('uploads the card into the session thread with alt text carrying the score', async () => {
    h = createSlackContractHarness('socket');
    await h.start(ONE_QUESTION);
    await finishOneQuestionInterview(h, 'alice');

    const api = h.api();
    const thread = latestSessionThread(api, h.userId('alice'));
    // The text is posted first; the card's upload completes (and is shared into the thread) just after.
    const card = await waitFor(
      () => api.uploads.find((upload) => upload.filename.endsWith('.png') && upload.channelId),
      { timeoutMs: 10_000, what: 'the report card shared into the thread' },
    );
    expect(card).toMatchObject({ channelId: `D${h.userId('alice')}`, threadTs: thread });
    expect(card!.filename).toMatch(/^report-card-[0-9a-f]{8}\.png$/);
    expect(card!.altText).toMatch(/^Report card, Backend: overall \d+\.\d\/10, 1 of 1 answered\./);
    const png = decodePng(card!.bytes!);
    expect([png.width, png.height]).toEqual([1200, 675]);
  });
});
