// Test wiring: a fake Discord, the real adapter on it, and a readable sink that records events and answers as told.
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

/** A member of the fake guild. */
export function aUser(username = 'minji'): FakeUser {
  return { id: nextId(), username, globalName: username[0]!.toUpperCase() + username.slice(1) };
}

export { startFakeDiscord, type FakeDiscord };
