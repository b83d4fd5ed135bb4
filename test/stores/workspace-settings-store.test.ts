// Workspace settings default to nothing, merge patches, and refuse values outside the schema on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkspaceSettingsStore,
  type WorkspaceSettings,
  type WorkspaceSettingsStore,
} from '../../src/stores/workspace-settings-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);

describe.each(testDatabases())('workspace settings store on $name', (database) => {
  let store: WorkspaceSettingsStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    store = createWorkspaceSettingsStore(created.knex);
  });
  afterAll(async () => {
    await destroy();
  });

  it('returns no overrides for a workspace that never changed anything', async () => {
    expect(await store.get('discord', 'untouched')).toEqual({});
  });

  it('merges each patch into what was stored before', async () => {
    expect(await store.update('discord', 'g1', { quota: 3, language: 'ko' }, NOW)).toEqual({
      quota: 3,
      language: 'ko',
    });
    expect(await store.update('discord', 'g1', { technical: 5, quota: 4 }, NOW + 1)).toEqual({
      quota: 4,
      language: 'ko',
      technical: 5,
    });
    expect(await store.get('discord', 'g1')).toEqual({ quota: 4, language: 'ko', technical: 5 });
  });

  it('keeps workspaces and platforms apart', async () => {
    await store.update('slack', 'g1', { followUps: false }, NOW);
    await store.update('discord', 'g2', { personal: 0 }, NOW);
    expect(await store.get('slack', 'g1')).toEqual({ followUps: false });
    expect(await store.get('discord', 'g2')).toEqual({ personal: 0 });
    expect(await store.get('discord', 'g1')).not.toHaveProperty('followUps');
  });

  it('rejects values the schema does not allow and leaves the stored settings unchanged', async () => {
    await store.update('discord', 'strict', { quota: 5 }, NOW);
    const invalid: unknown[] = [{ quota: 0 }, { technical: 21 }, { language: 'fr' }, { quota: 2.5 }];
    for (const patch of invalid) {
      await expect(store.update('discord', 'strict', patch as WorkspaceSettings, NOW + 1)).rejects.toThrow();
    }
    expect(await store.get('discord', 'strict')).toEqual({ quota: 5 });
  });
});
