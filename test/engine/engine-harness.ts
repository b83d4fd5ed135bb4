// An in-memory bot for engine tests: real core and stores on SQLite, a recording messenger, a fake CV intake.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createCommandServices } from '../../commands/create-bot.js';
import { createEventSink } from '../../commands/dispatch.js';
import type { CommandServices } from '../../commands/define-command.js';
import { type Core, createCore } from '../../src/app/create-core.js';
import { loadConfig } from '../../src/config/load-config.js';
import { openDatabase } from '../../src/db/connection.js';
import type { LlmProvider } from '../../src/llm/types.js';
import { createSilentLogger } from '../../src/logger.js';
import type {
  ActionId,
  Attachment,
  ConversationRef,
  OutboundMessage,
  UserRef,
} from '../../src/platform/types.js';
import { createFakeCvIntake } from '../fakes/fake-cv-intake.js';
import { createRecordingMessenger, plain, type RecordingMessenger } from '../fakes/recording-messenger.js';
import { freshSqliteCopy } from '../helpers/template-database.js';
import { waitForText } from '../helpers/wait-for.js';

export interface EngineHarness {
  core: Core;
  knex: Knex;
  messenger: RecordingMessenger;
  services: CommandServices;
  clock: { now: number };
  user(id: string, extra?: Partial<UserRef>): UserRef;
  command(
    user: UserRef,
    name: string,
    options?: Record<string, unknown>,
    attachments?: Attachment[],
  ): Promise<string>;
  say(user: UserRef, text: string, where?: ConversationRef): Promise<string>;
  /** Click a button (`action`, its `value`) in the user's private conversation. */
  click(user: UserRef, action: ActionId, value?: string): Promise<string>;
  upload(user: UserRef, fileName?: string): Promise<string>;
  waitFor(user: UserRef, pattern: RegExp, times?: number): Promise<string>;
  stop(): Promise<void>;
}

export function fakePdf(fileName = 'cv.pdf'): Attachment {
  return {
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 1024,
    download: async () => new Uint8Array(1024),
  };
}

/** Build a harness; `env` overrides the defaults, `createLlm` replaces the offline evaluator. */
export async function createEngineHarness(
  env: Record<string, string> = {},
  options: { createLlm?: (offline: LlmProvider) => LlmProvider; knex?: Knex; clock?: { now: number } } = {},
): Promise<EngineHarness> {
  // Charts are drawn by the platform and chart tests; engine tests read the text.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    JOB_POLL_MS: '20',
    FOLLOW_UPS: 'false',
    CHARTS: 'off',
    ...env,
  });
  // A copy of the run's migrated, seeded template: createCore finds nothing to migrate or seed.
  const copy = options.knex ? undefined : freshSqliteCopy();
  const knex = options.knex ?? openDatabase({ client: 'sqlite', filename: copy!.file });
  const messenger = createRecordingMessenger();
  const clock = options.clock ?? { now: Date.UTC(2026, 10, 1, 9, 0, 0) };
  const createLlm = options.createLlm;
  const core = await createCore({
    config,
    logger: createSilentLogger(),
    messenger,
    knex,
    cvIntake: createFakeCvIntake(),
    createLlm: createLlm ? (offline) => createLlm(offline) : undefined,
    now: () => clock.now,
    random: () => 0.5,
  });
  await core.start();
  const services = createCommandServices(core, config);
  const sink = createEventSink({ services, events: core.events, logger: createSilentLogger() });
  const render = (replies: OutboundMessage[]) => replies.map(plain).join('\n');
  const dm = (user: UserRef): ConversationRef => ({
    platform: user.platform,
    workspaceId: user.workspaceId,
    channelId: `dm:${user.userId}`,
  });

  return {
    core,
    knex,
    messenger,
    services,
    clock,
    user: (id, extra = {}) => ({ platform: 'slack', workspaceId: 'T1', userId: id, ...extra }),
    async command(user, name, opts = {}, attachments = []) {
      const where: ConversationRef = {
        platform: user.platform,
        workspaceId: user.workspaceId,
        channelId: 'general',
      };
      return render(
        await sink({ kind: 'command', eventId: randomUUID(), user, where, name, options: opts, attachments }),
      );
    },
    async say(user, text, where) {
      return render(
        await sink({
          kind: 'message',
          eventId: randomUUID(),
          user,
          where: where ?? dm(user),
          text,
          attachments: [],
        }),
      );
    },
    async click(user, action, value) {
      return render(
        await sink({ kind: 'action', eventId: randomUUID(), user, where: dm(user), action, value }),
      );
    },
    async upload(user, fileName = 'cv.pdf') {
      return render(
        await sink({
          kind: 'message',
          eventId: randomUUID(),
          user,
          where: dm(user),
          text: '',
          attachments: [fakePdf(fileName)],
        }),
      );
    },
    waitFor: (user, pattern, times = 1) => waitForText(() => messenger.text(user.userId), pattern, times),
    async stop() {
      await core.stop();
      if (!options.knex) await knex.destroy();
      copy?.remove();
    },
  };
}
