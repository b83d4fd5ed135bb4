// The event sink every adapter delivers to: drops duplicates, runs commands, hands messages and
// clicks to the engine, and turns failures into a localised message (with a reference for bugs).
import { errorReply } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import type { Logger } from '../src/logger.js';
import type { CommandEvent, EventSink, InboundEvent, OutboundMessage } from '../src/platform/types.js';
import type { EventsStore } from '../src/stores/events-store.js';
import { routePendingBankUpload } from './bank-upload.js';
import type { CommandServices } from './define-command.js';
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
    const capabilities = services.capabilities(event.user.platform);
    const command = findCommand(event.name) ?? findCommand('help')!;
    const memberAction = command.memberActions?.includes(
      String(event.options.action ?? '')
        .trim()
        .toLowerCase(),
    );
    if (command.admin && !event.user.isAdmin && !memberAction) {
      return [
        {
          tone: 'error',
          ephemeral: true,
          text: t(language, 'common.admin_only', {
            command: `${capabilities.adminCommandPrefix} ${command.name}`,
          }),
        },
      ];
    }
    const args = parseArgs(command, event, capabilities, language);
    return command.run({ user: event.user, where: event.where, language, capabilities, services }, args);
  };

  // Where DMs belong to no workspace (the platform's `dmWorkspace`), the member's interview still
  // does: their DM answers, clicks and commands are taken in that session's workspace.
  const inSessionWorkspace = async (event: InboundEvent): Promise<InboundEvent> => {
    const { dmWorkspace } = services.capabilities(event.user.platform);
    if (dmWorkspace === undefined || event.user.workspaceId !== dmWorkspace) return event;
    const session = await services.sessions.findActiveByPlatformUser(event.user.platform, event.user.userId);
    return session ? { ...event, user: { ...event.user, workspaceId: session.workspaceId } } : event;
  };

  const handle = async (event: InboundEvent): Promise<OutboundMessage[]> => {
    if (!(await events.markProcessed(event.user.platform, event.eventId, services.now()))) {
      logger.info({ platform: event.user.platform, eventId: event.eventId }, 'duplicate event dropped');
      return [];
    }
    // A file the user named but that is not there goes to nothing (no CV step, no waiting import,
    // no command option): they are told which path was not found and can simply type it again.
    const missing = event.kind === 'action' ? undefined : event.attachments.find((file) => file.missingPath);
    if (missing) {
      const language = await services.engine.languageFor(event.user);
      return [
        { tone: 'error', text: t(language, 'inputs.file_not_found', { path: missing.missingPath ?? '' }) },
      ];
    }
    if (event.kind === 'command') return runCommand(event);
    if (event.kind === 'message') {
      const daily = await services.daily?.answers.handleReply(event);
      if (daily) return daily;
      // Channel chatter in a thread that is not a daily question is none of the bot's business.
      if (event.sharedThread) return [];
      return (await routePendingBankUpload(event, services)) ?? (await services.engine.handleMessage(event));
    }
    // Confirming `forget` with its button is `/interview forget confirm`.
    if (event.action === 'forget-confirm') {
      const { eventId, user, where } = event;
      const options = { confirm: 'confirm' };
      return runCommand({ kind: 'command', eventId, user, where, name: 'forget', options, attachments: [] });
    }
    return services.engine.handleAction(event);
  };

  return async (received: InboundEvent) => {
    let event = received;
    try {
      event = await inSessionWorkspace(received);
      return await handle(event);
    } catch (error) {
      const language = await services.engine
        .languageFor(event.user)
        .catch(() => services.config.env.DEFAULT_LANGUAGE);
      const context = { platform: event.user.platform, eventId: event.eventId, kind: event.kind };
      return [errorReply(error, { language, logger, context })];
    }
  };
}
