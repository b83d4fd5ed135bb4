// The engine harness plus what bank administration needs: raw replies (to read their files), CSV
// attachments, and a sink that hands a shared file to a waiting import first, as the dispatcher does.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createEventSink } from '../../commands/dispatch.js';
import { createSilentLogger } from '../../src/logger.js';
import type { Attachment, EventSink, OutboundMessage, UserRef } from '../../src/platform/types.js';
import { createEngineHarness, type EngineHarness } from '../engine/engine-harness.js';
import { plain } from '../fakes/recording-messenger.js';

export interface BankHarness {
  h: EngineHarness;
  /** The bot's event sink, for wiring a real adapter to it. */
  sink: EventSink;
  /** An admin of `workspaceId` on Slack (other platforms via `extra`). */
  admin(id: string, workspaceId?: string, extra?: Partial<UserRef>): UserRef;
  /** Run `/interview bank <action>` and return the replies as sent. */
  bank(
    user: UserRef,
    action: string,
    options?: { position?: string; file?: Attachment },
  ): Promise<OutboundMessage[]>;
  /** Share a file in the user's DM. */
  share(user: UserRef, file: Attachment): Promise<OutboundMessage[]>;
  stop(): Promise<void>;
}

/** A CSV upload as a platform hands it over; `meta` overrides what the platform says about it. */
export function csvFile(
  fileName: string,
  content: string | Uint8Array,
  meta: Partial<Pick<Attachment, 'contentType' | 'sizeBytes'>> = {},
): Attachment {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    fileName,
    contentType: 'text/csv',
    sizeBytes: bytes.byteLength,
    ...meta,
    download: async ({ maxBytes }) => bytes.slice(0, maxBytes + 1),
  };
}

/** Every message's plain text, joined, for matching. */
export function textOf(messages: OutboundMessage[]): string {
  return messages.map(plain).join('\n');
}

/** The text of the first file the replies carry. */
export function fileText(messages: OutboundMessage[], index = 0): string {
  const file = messages.flatMap((message) => message.files ?? [])[index];
  if (!file) throw new Error('no file in the replies');
  return new TextDecoder().decode(file.content);
}

export async function createBankHarness(env: Record<string, string> = {}): Promise<BankHarness> {
  const h = await createEngineHarness(env);
  // The dispatcher routes a file to a waiting import (routePendingBankUpload) before the engine.
  const sink: EventSink = createEventSink({
    services: h.services,
    events: h.core.events,
    logger: createSilentLogger(),
  });
  const where = (user: UserRef, channelId: string) => ({
    platform: user.platform,
    workspaceId: user.workspaceId,
    channelId,
  });
  return {
    h,
    sink,
    admin: (id, workspaceId = 'T1', extra = {}) => ({
      platform: 'slack',
      workspaceId,
      userId: id,
      isAdmin: true,
      ...extra,
    }),
    bank: (user, action, options = {}) =>
      sink({
        kind: 'command',
        eventId: randomUUID(),
        user,
        where: where(user, 'general'),
        name: 'bank',
        options: { action, position: options.position },
        attachments: options.file ? [options.file] : [],
      }),
    share: (user, file) =>
      sink({
        kind: 'message',
        eventId: randomUUID(),
        user,
        where: where(user, `dm:${user.userId}`),
        text: '',
        attachments: [file],
      }),
    stop: () => h.stop(),
  };
}

/** One bot for a whole suite, and a workspace of its own for each specification. */
export interface BankSuite {
  /** Ready once the suite's beforeAll ran. */
  readonly b: BankHarness;
  /** `${prefix}1`, `${prefix}2`, ...: a new one before each specification. */
  readonly workspace: string;
}

/** Call inside a `describe`: starts the bank harness before its specifications and stops it after. */
export function useBankSuite(prefix: string): BankSuite {
  let harness: BankHarness | undefined;
  let workspace = '';
  let count = 0;
  beforeAll(async () => {
    harness = await createBankHarness();
  });
  afterAll(() => harness?.stop());
  beforeEach(() => {
    workspace = `${prefix}${++count}`;
  });
  return {
    get b() {
      if (!harness) throw new Error('the bank suite is used before its beforeAll ran');
      return harness;
    },
    get workspace() {
      return workspace;
    },
  };
}
