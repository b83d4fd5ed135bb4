// The report card on Discord, whole bot: a PNG uploaded with the report and drawn inside its embed.
import { afterEach, describe, expect, it } from 'vitest';
import { decodePng } from '../charts/png-probe.js';
import { finishOneQuestionInterview, ONE_QUESTION } from '../charts/short-interview.js';
import { createDiscordContractHarness, type DiscordContractHarness } from './contract-harness.js';

describe('report card on discord', () => {
  let h: DiscordContractHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('uploads the card with the report, shows it in the embed and gives it alt text with the score', async () => {
    h = createDiscordContractHarness();
    await h.start(ONE_QUESTION);
    await finishOneQuestionInterview(h, 'alice');

    const fake = h.discord();
    const channel = fake.state.dmChannelOf(h.userId('alice'));
    const report = fake.messagesIn(channel).find((m) => m.files.some((f) => f.contentType === 'image/png'));
    expect(report?.embeds[0]?.title).toMatch(/Interview report/);
    const [card] = report!.files;
    expect(card!.filename).toMatch(/^report-card-[0-9a-f]{8}\.png$/);
    expect(report!.embeds.at(-1)?.image).toEqual({ url: `attachment://${card!.filename}` });
    const png = decodePng(card!.bytes);
    expect([png.width, png.height]).toEqual([1200, 675]);

    const upload = fake
      .callsTo('POST', new RegExp(`^/channels/${channel}/messages$`))
      .find((call) => call.files.length > 0);
    const [attachment] = (upload!.body as { attachments: { filename: string; description: string }[] })
      .attachments;
    expect(attachment!.filename).toBe(card!.filename);
    expect(attachment!.description).toMatch(/^Report card, Backend: overall \d+\.\d\/10, 1 of 1 answered\./);
  });

  it('sends the text report alone when charts are off', async () => {
    h = createDiscordContractHarness();
    await h.start({ ...ONE_QUESTION, CHARTS: 'off' });
    await finishOneQuestionInterview(h, 'bob');
    const fake = h.discord();
    const messages = fake.messagesIn(fake.state.dmChannelOf(h.userId('bob')));
    expect(messages.some((m) => /Interview report/.test(String(m.embeds[0]?.title)))).toBe(true);
    expect(messages.flatMap((m) => m.files)).toEqual([]);
  });
});
