// The whole bot on Slack beyond the shared contract: Slack's retries, members' Slack language, admin-only stats.
import { afterEach, describe, expect, it } from 'vitest';
import { waitForText } from '../contract/adapter-contract.js';
import { createEnglishCv } from '../fakes/pdf-factory.js';
import { createSlackContractHarness, type SlackContractHarness } from './contract-harness.js';
import { MODES } from './harness.js';

describe.each(MODES)('the bot on slack (%s mode)', (mode) => {
  let h: SlackContractHarness | undefined;
  const rig = async (env: Record<string, string> = {}) => {
    h = createSlackContractHarness(mode);
    await h.start(env);
    return h;
  };
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('records an answer once when Slack retries its event', async () => {
    const bot = await rig();
    await bot.command('alice', 'start be');
    await bot.upload('alice', 'cv.pdf', await createEnglishCv(), 'application/pdf');
    await waitForText(bot, 'alice', /Question 1 of 4/);
    await bot.sayTwiceAsSlackRetries(
      'alice',
      'A B-tree index keeps keys sorted, so lookups are logarithmic.',
    );
    await waitForText(bot, 'alice', /Question 2 of 4/);
    await bot.say('alice', 'status');
    const text = await waitForText(bot, 'alice', /Interview status/);
    expect(text.match(/Question 2 of 4/g)).toHaveLength(1);
    expect(text).not.toMatch(/Question 3 of 4/);
  });

  it('interviews a member whose Slack is in Korean in Korean', async () => {
    const bot = await rig();
    bot.setMember('minji', { locale: 'ko-KR' });
    await bot.command('minji', 'start be');
    const text = await waitForText(bot, 'minji', /모의 면접/);
    expect(text).toMatch(/이력서/);
  });

  it('shows stats to a configured admin and a workspace admin, and refuses a member', async () => {
    const bot = await rig({ SLACK_ADMIN_USER_IDS: 'UADA' });
    bot.setMember('owen', { isAdmin: true });
    await bot.command('ada', 'stats');
    await bot.command('owen', 'stats');
    await bot.command('mel', 'stats');
    await waitForText(bot, 'ada', /Group statistics/);
    await waitForText(bot, 'owen', /Group statistics/);
    const member = await waitForText(bot, 'mel', /Only workspace admins/);
    expect(member).not.toMatch(/Group statistics/);
  });
});
