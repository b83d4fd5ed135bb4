// The users store keys members by (platform, workspace, user id) and keeps their ids stable on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsersStore, type UsersStore } from '../../src/stores/users-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);

describe.each(testDatabases())('users store on $name', (database) => {
  let store: UsersStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    store = createUsersStore(created.knex);
  });
  afterAll(async () => {
    await destroy();
  });

  it('creates a user once and returns the same id on every later upsert', async () => {
    const ref = { platform: 'discord' as const, workspaceId: 'g1', userId: 'u-stable', displayName: 'Mina' };
    const first = await store.upsert(ref, NOW);
    const second = await store.upsert(ref, NOW + 1_000);
    const third = await store.upsert({ ...ref, displayName: undefined }, NOW + 2_000);
    expect(first).toEqual({
      id: first.id,
      platform: 'discord',
      workspaceId: 'g1',
      platformUserId: 'u-stable',
      displayName: 'Mina',
      locale: null,
    });
    expect(second.id).toBe(first.id);
    expect(third).toEqual(first);
    expect(await store.get(first.id)).toEqual(first);
  });

  it('refreshes the display name without changing the id', async () => {
    const ref = {
      platform: 'slack' as const,
      workspaceId: 'T1',
      userId: 'U-rename',
      displayName: 'old name',
    };
    const before = await store.upsert(ref, NOW);
    const after = await store.upsert({ ...ref, displayName: '새 이름 🎉' }, NOW + 1);
    expect(after).toEqual({ ...before, displayName: '새 이름 🎉' });
    expect((await store.get(before.id))?.displayName).toBe('새 이름 🎉');
  });

  it('treats the same user id in another workspace or on another platform as a different user', async () => {
    const base = await store.upsert({ platform: 'discord', workspaceId: 'g1', userId: 'same' }, NOW);
    const otherWorkspace = await store.upsert(
      { platform: 'discord', workspaceId: 'g2', userId: 'same' },
      NOW,
    );
    const otherPlatform = await store.upsert({ platform: 'slack', workspaceId: 'g1', userId: 'same' }, NOW);
    expect(new Set([base.id, otherWorkspace.id, otherPlatform.id]).size).toBe(3);
    expect(otherWorkspace).toMatchObject({ platform: 'discord', workspaceId: 'g2', platformUserId: 'same' });
    expect(otherPlatform).toMatchObject({ platform: 'slack', workspaceId: 'g1', platformUserId: 'same' });
  });

  it('keeps the locale a user chose across later upserts', async () => {
    const ref = { platform: 'console' as const, workspaceId: 'local', userId: 'me', displayName: 'Me' };
    const user = await store.upsert(ref, NOW);
    await store.setLocale(user.id, 'ko', NOW + 1);
    expect((await store.get(user.id))?.locale).toBe('ko');
    expect((await store.upsert(ref, NOW + 2)).locale).toBe('ko');
    await store.setLocale(user.id, 'en', NOW + 3);
    expect((await store.get(user.id))?.locale).toBe('en');
  });

  it('forgets the display name but keeps the row, its id and its locale', async () => {
    const ref = { platform: 'discord' as const, workspaceId: 'g1', userId: 'u-forget', displayName: 'Jisoo' };
    const user = await store.upsert(ref, NOW);
    await store.setLocale(user.id, 'ko', NOW);
    await store.forgetPersonal(user.id, NOW + 1);
    expect(await store.get(user.id)).toEqual({ ...user, displayName: null, locale: 'ko' });
    expect((await store.upsert({ ...ref, displayName: undefined }, NOW + 2)).id).toBe(user.id);
  });

  it('gives simultaneous first messages from one member the same user', async () => {
    const ref = { platform: 'slack' as const, workspaceId: 'T9', userId: 'U-race', displayName: 'Race' };
    const users = await Promise.all(Array.from({ length: 4 }, () => store.upsert(ref, NOW)));
    expect(new Set(users.map((user) => user.id)).size).toBe(1);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await store.get(987_654)).toBeUndefined();
  });
});
