// Admins change their workspace's interview settings; members cannot; the engine uses what was saved.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineHarness, type EngineHarness } from '../engine/engine-harness.js';

describe('settings command', () => {
  let h: EngineHarness;
  afterEach(() => h?.stop());

  it('shows the defaults, saves a change for this workspace only, and the next interview follows it', async () => {
    h = await createEngineHarness();
    const admin = h.user('ada', { isAdmin: true });
    expect(await h.command(admin, 'settings')).toMatch(/technical — technical questions: 2 \(default\)/);
    expect(await h.command(admin, 'settings', { key: 'technical', value: '1' })).toMatch(/Saved `technical`/);
    await h.command(admin, 'settings', { key: 'behavioural', value: '0' });
    await h.command(admin, 'settings', { key: 'personal', value: '0' });
    await h.command(admin, 'settings', { key: 'follow-ups', value: 'off' });
    expect(await h.services.settings.get('slack', 'T1')).toEqual({
      technical: 1,
      behavioural: 0,
      personal: 0,
      followUps: false,
    });
    expect(await h.services.settings.get('slack', 'T2')).toEqual({});

    const member = h.user('mo');
    await h.command(member, 'start', { position: 'be' });
    await h.upload(member);
    await h.waitFor(member, /Question 1 of 1/);

    expect(await h.command(admin, 'settings', { key: 'technical', value: 'default' })).toMatch(
      /technical questions: 2 \(default\)/,
    );
  });

  it('refuses members and bad values, naming the setting', async () => {
    h = await createEngineHarness();
    expect(await h.command(h.user('mo'), 'settings', { key: 'quota', value: '50' })).toMatch(
      /Only workspace admins/,
    );
    const admin = h.user('ada', { isAdmin: true });
    expect(await h.command(admin, 'settings', { key: 'quota', value: 'lots' })).toMatch(
      /`lots` is not a valid value for `quota`/,
    );
    expect(await h.command(admin, 'settings', { key: 'follow-ups', value: 'maybe' })).toMatch(
      /not a valid value/,
    );
    expect(await h.command(admin, 'settings', { key: 'quota' })).toMatch(/Give a value for `quota`/);
    expect(await h.services.settings.get('slack', 'T1')).toEqual({});
  });
});
