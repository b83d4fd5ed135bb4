// The Slack platform adapter: Bolt events in, InboundEvents to the core, OutboundMessages back as Block Kit.
import type { RequestListener } from 'node:http';
import type { BlockAction, RespondFn, webApi } from '@slack/bolt';
import { errorReply, UserError } from '../../src/errors.js';
import { languageOrFallback, t } from '../../src/i18n/index.js';
import type { Logger } from '../../src/logger.js';
import type {
  CommandDescriptor,
  ConversationRef,
  EventSink,
  InboundEvent,
  OutboundMessage,
  PlatformAdapter,
  UserRef,
} from '../../src/platform/types.js';
import { SLACK_CAPABILITIES } from './capabilities.js';
import { createBoltApp, type SlackTransportMode } from './bolt-app.js';
import { parseCommandText } from '../../src/platform/command-text.js';
import { classifyMessage, translateBlockAction } from './event-translation.js';
import { createSlackAttachment, resolveFiles } from './file-download.js';
import { createSlackChannelPosts } from './channel-posts.js';
import { commandTextToPlain } from './mrkdwn.js';
import { createSlackPoster } from './slack-poster.js';
import { createUserDirectory } from './user-directory.js';

/** The slash command declared in slack-manifest.yml. */
export const SLASH_COMMAND = '/interview';

export interface SlackAdapterOptions {
  botToken: string;
  /** App-level token (xapp-…): Socket Mode. */
  appToken?: string | undefined;
  /** Used for HTTP mode when there is no app token. */
  signingSecret?: string | undefined;
  /** HTTP mode port; 0 picks a free one (tests). */
  port: number;
  adminUserIds: string[];
  /** Slack Web API base URL (SLACK_API_URL); Slack's own when undefined. */
  apiUrl?: string | undefined;
  logger: Logger;
  /** Web API retry policy override; tests pass { retries: 0 }. */
  retryConfig?: webApi.RetryOptions | undefined;
  /** How long users.info answers are trusted (default five minutes). */
  userCacheMs?: number | undefined;
  /** HTTP mode served by the bot's own HTTP server (HTTP_PORT) rather than on `port`. */
  mountHttp?: ((listener: RequestListener) => void) | undefined;
}

/** The Slack adapter, plus what operators and tests need to know about its transport. */
export interface SlackAdapter extends PlatformAdapter {
  readonly mode: SlackTransportMode;
  /** The HTTP port actually bound (HTTP mode, after start). */
  readonly httpPort: number | undefined;
}

/** Create the Slack adapter; nothing touches the network until `start`. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const logger = options.logger.child({ platform: 'slack' });
  const bolt = createBoltApp({ ...options, logger });
  const { app } = bolt;
  const client = app.client;
  const poster = createSlackPoster(client);
  const users = createUserDirectory({
    usersInfo: async (user) => (await client.users.info({ user, include_locale: true })).user,
    adminUserIds: options.adminUserIds,
    logger,
    ttlMs: options.userCacheMs,
  });
  const fileDeps = { botToken: options.botToken, logger };
  let descriptors: CommandDescriptor[] = [];
  let sink: EventSink | undefined;
  let httpPort: number | undefined;
  let started = false;
  const inFlight = new Set<Promise<void>>();

  /** Run a handler's work, keeping it visible to stop() and its failures in the log. */
  const track = async (what: string, work: () => Promise<void>) => {
    const running = work().catch((error: unknown) =>
      logger.error({ err: error, what }, 'slack handler failed'),
    );
    inFlight.add(running);
    try {
      await running;
    } finally {
      inFlight.delete(running);
    }
  };

  /** Hand an event to the core; a crash there still gets the user an apology with a reference. */
  const deliver = async (event: InboundEvent): Promise<OutboundMessage[]> => {
    if (!sink) return [];
    try {
      return await sink(event);
    } catch (error) {
      const language = languageOrFallback(event.user.platformLocale);
      return [
        errorReply(error, { language, logger, context: { kind: event.kind }, what: 'event sink failed' }),
      ];
    }
  };

  const place = (workspaceId: string, channelId: string, threadId?: string): ConversationRef => ({
    platform: 'slack',
    workspaceId,
    channelId,
    threadId,
  });

  /** Answer where the user wrote: ephemeral replies to them alone, others into that place (thread). */
  const replyInPlace = async (where: ConversationRef, userId: string, replies: OutboundMessage[]) => {
    for (const reply of replies) {
      if (!reply.ephemeral) {
        await poster.post(where, reply);
        continue;
      }
      await poster.postEphemeral(where, userId, reply);
      // Messages only arrive from the user's DM with the bot, so its files can be shared right there.
      await poster.uploadFiles(where, reply.files ?? []);
    }
  };

  /** The DM channel with a user, for files a command hands over (response_url cannot carry files). */
  const directChannel = async (user: UserRef): Promise<ConversationRef> => {
    const channelId = (await client.conversations.open({ users: user.userId })).channel?.id;
    if (!channelId) throw new UserError('slack.dm_unavailable');
    return place(user.workspaceId, channelId);
  };

  /** Answer a command: files go to the user's DM, the reply (with a pointer to them) stays ephemeral. */
  const answerCommand = async (user: UserRef, respond: RespondFn, replies: OutboundMessage[]) => {
    for (const reply of replies) {
      const files = reply.files ?? [];
      if (files.length === 0) {
        await poster.respond(respond, reply);
        continue;
      }
      const language = languageOrFallback(user.platformLocale);
      try {
        await poster.uploadFiles(await directChannel(user), files);
      } catch (error) {
        // Most often the app lacks files:write; the user still gets the text and a reference.
        const what = 'file upload failed: is files:write granted?';
        await poster.respond(respond, { ...reply, files: undefined });
        await poster.respond(respond, {
          ...errorReply(error, { language, logger, what }),
          ephemeral: undefined,
        });
        continue;
      }
      const pointer = t(language, 'bank.file_sent_dm', { files: files.map((file) => file.name).join(', ') });
      const footer = [reply.footer, pointer].filter(Boolean).join('\n');
      await poster.respond(respond, { ...reply, files: undefined, footer });
    }
  };

  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    // Acknowledge first: Slack shows "operation_timeout" to the user after three seconds.
    await ack();
    await track('command', async () => {
      const user = await users.lookup(command.team_id, command.user_id);
      const parsed = parseCommandText(commandTextToPlain(command.text ?? ''), descriptors);
      const replies = await deliver({
        kind: 'command',
        eventId: `command:${command.trigger_id}`,
        user,
        where: place(command.team_id, command.channel_id),
        name: parsed.name,
        options: parsed.options,
        attachments: [],
      });
      await answerCommand(user, respond, replies);
    });
  });

  app.event('message', async ({ event, body }) => {
    const decision = classifyMessage(event);
    if (decision.kind === 'ignore') return;
    await track('message', async () => {
      const teamId = body.team_id;
      const user = await users.lookup(teamId, decision.userId);
      const files = await resolveFiles(
        decision.files,
        async (file) => (await client.files.info({ file })).file,
      );
      const where = place(teamId, decision.channelId, decision.threadId);
      const replies = await deliver({
        kind: 'message',
        eventId: body.event_id,
        user,
        where,
        text: decision.text,
        attachments: files.map((file) => createSlackAttachment(file, fileDeps)),
        sharedThread: decision.sharedThread,
      });
      await replyInPlace(where, decision.userId, replies);
    });
  });

  app.action<BlockAction>(/^interview:/, async ({ ack, body }) => {
    await ack();
    const decision = translateBlockAction(body);
    if (!decision) return;
    await track('action', async () => {
      const user = await users.lookup(decision.teamId, decision.userId);
      const where = place(decision.teamId, decision.channelId, decision.threadId);
      const replies = await deliver({
        kind: 'action',
        eventId: decision.eventId,
        user,
        where,
        action: decision.action,
        value: decision.value,
      });
      await replyInPlace(where, decision.userId, replies);
    });
  });

  app.error(async (error) => {
    logger.error({ err: error }, 'bolt reported an error');
  });

  return {
    platform: 'slack',
    capabilities: SLACK_CAPABILITIES,
    mode: bolt.mode,
    get httpPort() {
      return httpPort;
    },

    async start(eventSink) {
      if (started) throw new Error('slack adapter already started');
      sink = eventSink;
      started = true;
      httpPort = await bolt.start();
      logger.info({ mode: bolt.mode, port: httpPort }, 'slack adapter started');
    },

    async stop() {
      if (!started) return;
      started = false;
      await bolt.stop();
      await Promise.allSettled([...inFlight]);
      sink = undefined;
      logger.info('slack adapter stopped');
    },

    connection: () => bolt.connection(),

    send: (ref, message) => poster.post(ref, message),
    update: (handle, message) => poster.update(handle, message),
    channels: createSlackChannelPosts({ client, poster, logger, directChannel }),

    async openConversation(user: UserRef, hint) {
      let channelId: string | undefined;
      try {
        channelId = (await client.conversations.open({ users: user.userId })).channel?.id;
      } catch (error) {
        logger.warn({ err: error, userId: user.userId }, 'conversations.open failed');
      }
      if (!channelId) throw new UserError('slack.dm_unavailable');
      // The root message is the session's title; everything else goes into its thread.
      const root = await poster.post(place(user.workspaceId, channelId), { title: hint.title });
      return place(user.workspaceId, channelId, root.messageId);
    },

    async registerCommands(commands) {
      // Slack's slash command comes from slack-manifest.yml; the definitions are only needed to parse text.
      descriptors = [...commands];
    },
  };
}
