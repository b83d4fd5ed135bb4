// The event sink every adapter delivers to: drops duplicates, runs commands, hands messages and
// clicks to the engine, and turns failures into a localised message (with a reference for bugs).
import { randomBytes } from 'node:crypto';
import { isUserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import type { Logger } from '../src/logger.js';
import type { CommandEvent, EventSink, InboundEvent, OutboundMessage } from '../src/platform/types.js';
import type { EventsStore } from '../src/stores/events-store.js';
import { adminPrefix, type CommandServices } from './define-command.js';
import { routePendingBankUpload } from './bank-upload.js';
import { findCommand } from './index.js';
import { parseArgs } from './parse-args.js';

export interface DispatchDeps {
  services: CommandServices;
  events: EventsStore;
  logger: Logger;
}

/** Create the sink that adapters call with every inbound event. */
export function createEventSink(deps: DispatchDeps): EventSink {
  const { services, events, logger } = deps;

  const runCommand = async (event: CommandEvent): Promise<OutboundMessage[]> => {
    const language = await services.engine.languageFor(event.user);
    const command = findCommand(event.name) ?? findCommand('help')!;
    if (command.admin && !event.user.isAdmin) {
      return [
        {
          tone: 'error',
          ephemeral: true,
          text: t(language, 'common.admin_only', {
            command: `${adminPrefix(event.user.platform)} ${command.name}`,
          }),
        },
      ];
    }
    const args = parseArgs(command, event);
    const ctx = { user: event.user, where: event.where, language, services };
    return command.run(ctx, args as never);
  };

  // A Discord DM belongs to no server: the event says workspace "dm". The member's interview does
  // belong to one, so their DM answers, clicks and commands are taken in that session's workspace.
  const inSessionWorkspace = async (event: InboundEvent): Promise<InboundEvent> => {
    if (event.user.workspaceId !== 'dm') return event;
    const session = await services.sessions.findActiveByPlatformUser(event.user.platform, event.user.userId);
    return session ? { ...event, user: { ...event.user, workspaceId: session.workspaceId } } : event;
  };

  return async (received: InboundEvent) => {
    const event = await inSessionWorkspace(received);
    const log = logger.child({ platform: event.user.platform, eventId: event.eventId, kind: event.kind });
    try {
      if (!(await events.markProcessed(event.user.platform, event.eventId, services.now()))) {
        log.info('duplicate event dropped');
        return [];
      }
      if (event.kind === 'command') return await runCommand(event);
      if (event.kind === 'message') {
        return (
          (await routePendingBankUpload(event, services)) ?? (await services.engine.handleMessage(event))
        );
      }
      return await services.engine.handleAction(event);
    } catch (error) {
      const language = await services.engine
        .languageFor(event.user)
        .catch(() => services.config.env.DEFAULT_LANGUAGE);
      if (isUserError(error)) {
        return [{ tone: 'error', ephemeral: true, text: t(language, error.key, error.params) }];
      }
      const ref = randomBytes(4).toString('hex');
      log.error({ err: error, ref }, 'event failed');
      return [{ tone: 'error', ephemeral: true, text: t(language, 'common.internal_error', { ref }) }];
    }
  };
}
