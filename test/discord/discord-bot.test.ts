// The whole bot on Discord, beyond the shared contract: the CV as a command option, admins, Korean clients.
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { waitForText } from '../contract/adapter-contract.js';
import { createEnglishCv, createPng } from '../fakes/pdf-factory.js';
import { PERMISSIONS } from '../fakes/discord/interactions.js';
import { createDiscordContractHarness, type DiscordContractHarness } from './contract-harness.js';

describe('the interview bot on discord', () => {
  let harness: DiscordContractHarness | undefined;
  const boot = async () => {
    harness = createDiscordContractHarness();
    await harness.start();
    return harness;
  };
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('starts with the CV given as the command option and asks the first question in the DM', async () => {
    const h = await boot();
    const cv = { fileName: 'cv.pdf', bytes: await createEnglishCv(), contentType: 'application/pdf' };
    await h.commandAs('alice', 'start be', { cv });
    const text = await waitForText(h, 'alice', /Question 1 of 4/);
    expect(text).toMatch(/Got your CV/);
    expect(text).toMatch(/check your direct messages/);
    expect(text).not.toMatch(/send me your CV as a PDF/);
  });

  it('refuses a picture given as the CV option without downloading it', async () => {
    const h = await boot();
    await h.commandAs('bob', 'start fe', {
      cv: { fileName: 'me.png', bytes: createPng(), contentType: 'image/png' },
    });
    await waitForText(h, 'bob', /not a PDF/);
    expect(h.discord().downloads).toEqual([]);
  });

  it('shows group statistics to Manage Server and the admin role, and refuses members', async () => {
    const h = await boot();
    const coach = h.discord().guild.roles[0]!.id;
    await h.commandAs('member', 'stats', { permissions: PERMISSIONS.member });
    await h.commandAs('owner', 'stats', { permissions: PERMISSIONS.manageGuild });
    await h.commandAs('coach', 'stats', { permissions: PERMISSIONS.member, roles: [coach] });
    expect(h.transcript('member')).toContain(
      t('en', 'common.admin_only', { command: '/interview-admin stats' }),
    );
    await waitForText(h, 'owner', new RegExp(t('en', 'commands.stats_title')));
    await waitForText(h, 'coach', new RegExp(t('en', 'commands.stats_title')));
  });

  it('points a member with closed DMs to the private thread, never to their DMs', async () => {
    const h = await boot();
    h.discord().closeDirectMessages(h.userId('yuna'));
    await h.commandAs('yuna', 'start be', {});
    const [thread] = [...h.discord().state.threads.keys()];
    const replies = h.interactionReplies('yuna');
    expect(replies.map((m) => m.content)).toEqual([
      t('en', 'discord.dm_closed_thread', { threadId: thread! }),
    ]);
    expect(replies[0]!.flags).toBe(64);
    expect(h.transcript('yuna')).not.toMatch(/check your direct messages/);
    await waitForText(h, 'yuna', new RegExp(t('en', 'engine.intro_title', { position: 'Backend' })));
  });

  it('speaks Korean to a member whose Discord client is in Korean', async () => {
    const h = await boot();
    await h.commandAs('minji', 'start be', { locale: 'ko' });
    const text = await waitForText(
      h,
      'minji',
      new RegExp(t('ko', 'engine.intro_title', { position: '백엔드' })),
    );
    expect(text).toContain(t('ko', 'discord.dm_opened_from', { server: 'Study group' }));
  });
});
