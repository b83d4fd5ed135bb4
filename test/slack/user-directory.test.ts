// Who a Slack user is: locale and admin from users.info, cached briefly, and served even when Slack fails.
import { describe, expect, it } from 'vitest';
import {
  createUserDirectory,
  type SlackUserInfo,
  userRefFromInfo,
} from '../../adapters/slack/user-directory.js';
import { createSilentLogger } from '../../src/logger.js';

/** A users.info stand-in that counts calls and can be told to fail. */
function createUsersInfo(users: Record<string, SlackUserInfo>) {
  const state = { calls: 0, failing: false };
  return {
    state,
    usersInfo: async (userId: string) => {
      state.calls += 1;
      if (state.failing) throw new Error('missing_scope');
      return users[userId];
    },
  };
}

describe('slack user directory', () => {
  it('builds a UserRef with locale, display name and admin flags', () => {
    const info = { locale: 'ko-KR', real_name: 'Kim', profile: { display_name: 'kimmy' }, is_admin: true };
    expect(userRefFromInfo('T1', 'U1', info, [])).toEqual({
      platform: 'slack',
      workspaceId: 'T1',
      userId: 'U1',
      displayName: 'kimmy',
      platformLocale: 'ko-KR',
      isAdmin: true,
    });
    expect(userRefFromInfo('T1', 'U2', { is_primary_owner: true }, []).isAdmin).toBe(true);
    expect(userRefFromInfo('T1', 'U3', {}, ['U3']).isAdmin).toBe(true);
    expect(userRefFromInfo('T1', 'U4', {}, ['U3']).isAdmin).toBe(false);
  });

  it('asks users.info once per user while the cache is fresh, and again after it expires', async () => {
    let now = 0;
    const fake = createUsersInfo({ U1: { locale: 'en-US' } });
    const directory = createUserDirectory({
      ...fake,
      adminUserIds: [],
      logger: createSilentLogger(),
      ttlMs: 1000,
      now: () => now,
    });
    await Promise.all([directory.lookup('T1', 'U1'), directory.lookup('T1', 'U1')]);
    await directory.lookup('T1', 'U1');
    expect(fake.state.calls).toBe(1);
    now = 1001;
    await directory.lookup('T1', 'U1');
    expect(fake.state.calls).toBe(2);
  });

  it('still serves the user when users.info fails, and does not cache the failure', async () => {
    const fake = createUsersInfo({ U1: { locale: 'ko-KR' } });
    fake.state.failing = true;
    const directory = createUserDirectory({ ...fake, adminUserIds: ['U1'], logger: createSilentLogger() });
    expect(await directory.lookup('T1', 'U1')).toMatchObject({
      userId: 'U1',
      isAdmin: true,
      platformLocale: undefined,
    });
    fake.state.failing = false;
    expect((await directory.lookup('T1', 'U1')).platformLocale).toBe('ko-KR');
  });
});
