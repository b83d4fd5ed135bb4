// Hints that help instead of mislead (issue 11, point 11): a missing option is shown with its own
// command's example in the platform's syntax, a wrong word is named as the user typed it, and a
// terminal is never told to "continue in our private conversation".
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineHarness, type EngineHarness } from '../engine/engine-harness.js';

describe('command hints', () => {
  let h: EngineHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('shows each command its own example, with the admin prefix the platform uses', async () => {
    h = await createEngineHarness();
    const admin = h.user('ada', { isAdmin: true });
    const bank = await h.command(admin, 'bank');
    expect(bank).toBe('Please add `action` (What to do). For example: `/interview bank stats`.');
    expect(await h.command(admin, 'lang')).toBe(
      'Please add `language` (Interview language). For example: `/interview lang ko`.',
    );
    // Discord keeps admin commands under their own name.
    const discordAdmin = h.user('dee', { platform: 'discord', workspaceId: 'G1', isAdmin: true });
    expect(await h.command(discordAdmin, 'bank')).toContain('`/interview-admin bank stats`');
    expect(bank).not.toContain('/interview start be');
  });

  it('names the word the user typed when it fits no choice, in English and Korean', async () => {
    h = await createEngineHarness();
    const admin = h.user('ada', { isAdmin: true });
    const reply = await h.command(admin, 'settings', { key: 'foo', value: 'bar' });
    expect(reply).toMatch(/^I do not know `foo` as `key` \(Setting to change\); use one of: quota, /);
    expect(reply).toContain('For example: `/interview settings quota 5`.');
    await h.command(admin, 'lang', { language: 'ko' });
    const korean = await h.command(admin, 'settings', { key: 'foo', value: 'bar' });
    expect(korean).toMatch(/^`foo`은\(는\) `key`\(바꿀 설정\) 값으로 쓸 수 없습니다/);
  });

  it('tells a terminal user with an interview in progress to carry on here, not in a private conversation', async () => {
    h = await createEngineHarness();
    const me = h.user('me', { platform: 'console', workspaceId: 'local', isAdmin: true });
    await h.command(me, 'start', { position: 'be' });
    const again = await h.command(me, 'start', { position: 'fe' });
    expect(again).toContain('You already have a Backend interview in progress here');
    expect(again).not.toMatch(/private conversation/);
    // Where the interview does run in a DM, saying so is right.
    const sam = h.user('sam');
    await h.command(sam, 'start', { position: 'be' });
    expect(await h.command(sam, 'start', { position: 'fe' })).toMatch(/private conversation/);
  });
});
