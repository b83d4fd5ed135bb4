// The processed-events store lets a replayed platform event through exactly once on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventsStore, type EventsStore } from '../../src/stores/events-store.js';
import { testDatabases } from '../helpers/databases.js';

const NOW = Date.UTC(2025, 4, 20, 12, 0, 0);
const HOUR = 60 * 60 * 1000;

describe.each(testDatabases())('events store on $name', (database) => {
  let store: EventsStore;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    const created = await database.create();
    destroy = created.destroy;
    store = createEventsStore(created.knex);
  });
  afterAll(async () => {
    await destroy();
  });

  it('accepts an event id once and refuses it afterwards', async () => {
    expect(await store.markProcessed('slack', 'Ev001', NOW)).toBe(true);
    expect(await store.markProcessed('slack', 'Ev001', NOW + 1)).toBe(false);
    expect(await store.markProcessed('slack', 'Ev001', NOW + 2)).toBe(false);
  });

  it('keeps event ids apart per platform', async () => {
    expect(await store.markProcessed('discord', 'same-id', NOW)).toBe(true);
    expect(await store.markProcessed('slack', 'same-id', NOW)).toBe(true);
    expect(await store.markProcessed('discord', 'same-id', NOW)).toBe(false);
  });

  it('lets only one of several simultaneous deliveries through', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.markProcessed('slack', 'Ev-race', NOW)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('prunes ids older than the cut-off, after which the same id is new again', async () => {
    await store.markProcessed('discord', 'old-1', NOW - 48 * HOUR);
    await store.markProcessed('discord', 'old-2', NOW - 25 * HOUR);
    await store.markProcessed('discord', 'recent', NOW - HOUR);
    expect(await store.prune(NOW - 24 * HOUR)).toBe(2);
    expect(await store.prune(NOW - 24 * HOUR)).toBe(0);
    expect(await store.markProcessed('discord', 'old-1', NOW)).toBe(true);
    expect(await store.markProcessed('discord', 'recent', NOW)).toBe(false);
  });
});
