// Test wiring: a fake Discord, the real adapter on it, and a readable sink that records events and answers as told.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { createSilentLogger } from '../../src/logger.js';
import type { InboundEvent, OutboundMessage, PlatformAdapter } from '../../src/platform/types.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { type FakeUser, nextId } from '../fakes/discord/payloads.js';

/** How the fake core answers an event; may use the adapter (send, openConversation) like the real core. */
export type Responder = (
  event: InboundEvent,
  adapter: PlatformAdapter,
) => Promise<OutboundMessage[]> | OutboundMessage[];

/** A sink that writes down every event and answers through `respond`. */
export function createRecordingSink(respond: Responder = () => []) {
  const events: InboundEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let adapter: PlatformAdapter | undefined;
  let responder = respond;
  return {
    events,
    bind(bound: PlatformAdapter) {
      adapter = bound;
    },
    answerWith(next: Responder) {
      responder = next;
    },
    async sink(event: InboundEvent): Promise<OutboundMessage[]> {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (events.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
      return responder(event, adapter!);
    },
    /** Resolve once `count` events have arrived; fail after `timeoutMs` so a dropped event reads clearly. */
    waitForEvents(count: number, timeoutMs = 5000): Promise<InboundEvent[]> {
      if (events.length >= count) return Promise.resolve(events);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} events, the sink received ${events.length}`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(events);
          },
        });
      });
    },
  };
}

export type RecordingSink = ReturnType<typeof createRecordingSink>;

/** Start the real adapter against `fake`, delivering to `recorder`. */
export async function startAdapter(
  fake: FakeDiscord,
  recorder: RecordingSink,
  options: { guildId?: string; adminRoleIds?: string[] } = {},
): Promise<PlatformAdapter> {
  const adapter = createDiscordAdapter({
    token: fake.token,
    appId: fake.appId,
    guildId: options.guildId,
    adminRoleIds: options.adminRoleIds ?? [],
    apiBaseUrl: fake.apiBaseUrl,
    logger: createSilentLogger(),
  });
  recorder.bind(adapter);
  await adapter.start((event) => recorder.sink(event));
  return adapter;
}

/** One fake Discord and adapter for a whole suite; `fake` and `adapter` are ready once its beforeAll ran. */
export interface DiscordSuite {
  readonly recorder: RecordingSink;
  readonly fake: FakeDiscord;
  readonly adapter: PlatformAdapter;
}

/**
 * Call inside a `describe`: starts the fake and the adapter before its specifications, stops them after,
 * and before each specification forgets the recorded events and answers nothing.
 */
export function useDiscordSuite(): DiscordSuite {
  const recorder = createRecordingSink();
  let fake: FakeDiscord | undefined;
  let adapter: PlatformAdapter | undefined;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    adapter = await startAdapter(fake, recorder);
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });
  beforeEach(() => {
    recorder.events.length = 0;
    recorder.answerWith(() => []);
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the discord suite is used before its beforeAll ran');
    return value;
  };
  return {
    recorder,
    get fake() {
      return ready(fake);
    },
    get adapter() {
      return ready(adapter);
    },
  };
}

/** A member of the fake guild. */
export function aUser(username = 'minji'): FakeUser {
  return { id: nextId(), username, globalName: username[0]!.toUpperCase() + username.slice(1) };
}

export { startFakeDiscord, type FakeDiscord };
