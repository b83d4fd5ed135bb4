// A bot without a platform for daily-question tests: the real core and commands on a given database,
// an in-memory channel messenger and a clock the test moves.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createCommandServices } from '../../commands/create-bot.js';
import { createEventSink } from '../../commands/dispatch.js';
import { type Core, createCore } from '../../src/app/create-core.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createSilentLogger } from '../../src/logger.js';
import type { ConversationRef, EventSink, UserRef } from '../../src/platform/types.js';
import { type ChannelMessenger, createChannelMessenger } from '../fakes/channel-messenger.js';
import { plain } from '../fakes/recording-messenger.js';

export const CHANNEL = 'C0STUDY';
export const admin: UserRef = { platform: 'slack', workspaceId: 'T1', userId: 'UADMIN', isAdmin: true };
export const member = (userId: string): UserRef => ({
  platform: 'slack',
  workspaceId: 'T1',
  userId,
  displayName: userId.toLowerCase(),
});

export interface DailyRig {
  core: Core;
  sink: EventSink;
  messenger: ChannelMessenger;
  /** Run `/interview daily <options>` in the study channel; the reply as plain text. */
  daily(user: UserRef, options: Record<string, string>): Promise<string>;
  /** A reply in a thread of the study channel. */
  reply(user: UserRef, threadId: string, text: string): Promise<void>;
  stop(): Promise<void>;
}

/** Start one bot instance on `knex`; several may share a database (and a messenger, as one platform). */
export async function startDailyRig(
  knex: Knex,
  clock: { now: number },
  messenger: ChannelMessenger = createChannelMessenger(),
  env: Record<string, string> = {},
): Promise<DailyRig> {
  const config = loadConfig({ LOG_LEVEL: 'silent', JOB_POLL_MS: '20', CONSOLE: 'off', ...env });
  const core = await createCore({
    config,
    logger: createSilentLogger(),
    messenger,
    knex,
    now: () => clock.now,
    random: () => 0.5,
  });
  await core.start();
  const services = createCommandServices(core, config);
  const sink = createEventSink({ services, events: core.events, logger: createSilentLogger() });
  const where = (threadId?: string): ConversationRef => ({
    platform: 'slack',
    workspaceId: 'T1',
    channelId: CHANNEL,
    threadId,
  });
  return {
    core,
    sink,
    messenger,
    async daily(user, options) {
      const replies = await sink({
        kind: 'command',
        eventId: randomUUID(),
        user,
        where: where(),
        name: 'daily',
        options,
        attachments: [],
      });
      return replies.map(plain).join('\n');
    },
    async reply(user, threadId, text) {
      await sink({
        kind: 'message',
        eventId: randomUUID(),
        user,
        where: where(threadId),
        text,
        attachments: [],
        sharedThread: true,
      });
    },
    stop: () => core.stop(),
  };
}
