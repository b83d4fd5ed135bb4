// Gateway handlers: acknowledge at once, queue the core's work per user, then answer where the event came from.
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type Message,
  MessageFlags,
  MessagePayload,
  type REST,
  Routes,
} from 'discord.js';
import type { Language } from '../../src/domain/types.js';
import { errorReply } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { EventSink, InboundEvent, OutboundFile, OutboundMessage } from '../../src/platform/types.js';
import { decodeCustomId } from './custom-id.js';
import { actionEventFrom, commandEventFrom, messageEventFrom } from './inbound-events.js';
import { attachmentDescription, rawFiles, restMessage } from './outbound-files.js';
import { type DiscordMessageBody, renderMessage } from './render.js';
import type { LocaleMemory } from './reply-language.js';
import type { UserQueue } from './user-queue.js';

/** How often the typing indicator is renewed; Discord shows it for about ten seconds. */
const TYPING_RENEW_MS = 8000;

export interface HandlerDeps {
  sink: EventSink;
  rest: REST;
  queue: UserQueue;
  locales: LocaleMemory;
  logger: Logger;
  adminRoleIds: string[];
  botUserId(): string;
  /** Notices the adapter owes a user after their command (e.g. "your DMs are closed, see the thread"). */
  takeNotices(userId: string): OutboundMessage[];
}

/** Call the sink; a failure becomes the one error reply (src/errors.ts), in the user's language. */
export async function runSink(
  deps: HandlerDeps,
  event: InboundEvent,
  language: Language,
): Promise<OutboundMessage[]> {
  try {
    return await deps.sink(event);
  } catch (error) {
    const context = { eventId: event.eventId, kind: event.kind };
    return [
      errorReply(error, { language, logger: deps.logger, context, what: 'discord: event handling failed' }),
    ];
  }
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * discord.js options as they are, or, with files, a payload whose uploads carry their content type
 * (discord.js only sniffs binary formats, so a CSV would otherwise go out as octet-stream).
 */
function withFiles<T extends InteractionReplyOptions | InteractionEditReplyOptions>(
  interaction: Answerable,
  options: T,
  files: OutboundFile[] | undefined,
): T | MessagePayload {
  if (!files?.length) return options;
  const payload = MessagePayload.create(interaction, {
    ...(options as InteractionReplyOptions),
    files: files.map((file) => ({
      attachment: Buffer.from(file.content),
      name: file.name,
      ...attachmentDescription(file),
    })),
  }).resolveBody();
  payload.files = rawFiles(files);
  return payload;
}

function asReply(interaction: Answerable, body: DiscordMessageBody, ephemeral: boolean) {
  const options: InteractionReplyOptions = {
    content: body.content,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: { parse: [] },
    ...(ephemeral || body.flags ? { flags: MessageFlags.Ephemeral } : {}),
  };
  return withFiles(interaction, options, body.files);
}

function asEdit(interaction: Answerable, body: DiscordMessageBody) {
  const options: InteractionEditReplyOptions = {
    content: body.content ?? null,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: { parse: [] },
  };
  return withFiles(interaction, options, body.files);
}

/**
 * `/interview <sub>`: deferred (ephemeral) within Discord's 3 seconds, before the user's queue; the
 * core runs in the queue; its first message edits the deferred reply and the rest follow up.
 */
export function handleCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): void {
  const language = deps.locales.remember(interaction.user.id, interaction.locale);
  const deferred = interaction.deferReply({ flags: MessageFlags.Ephemeral }).then(
    () => true,
    (error: unknown) => {
      deps.logger.warn({ err: error, interactionId: interaction.id }, 'discord: could not defer a command');
      return false;
    },
  );
  const event = commandEventFrom(interaction, deps.adminRoleIds);
  deps.queue.push(interaction.user.id, async () => {
    const replies = [...(await runSink(deps, event, language)), ...deps.takeNotices(interaction.user.id)];
    if (!(await deferred)) return;
    const bodies = replies.flatMap(renderMessage);
    const [first, ...rest] = bodies;
    if (!first) {
      await interaction.deleteReply();
      return;
    }
    await interaction.editReply(asEdit(interaction, first));
    for (const body of rest) await interaction.followUp(asReply(interaction, body, true));
  });
}

/**
 * A button: acknowledged with deferUpdate at once; in the queue the clicked buttons are taken off
 * the message (Skip and End remove all of them, "model answer" only itself) so nobody clicks twice,
 * then the core's replies follow up.
 */
export function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): void {
  const event = actionEventFrom(interaction, deps.adminRoleIds);
  if (!event) return;
  const language = deps.locales.remember(interaction.user.id, interaction.locale);
  const deferred = interaction.deferUpdate().then(
    () => true,
    (error: unknown) => {
      deps.logger.warn(
        { err: error, interactionId: interaction.id },
        'discord: could not acknowledge a click',
      );
      return false;
    },
  );
  deps.queue.push(interaction.user.id, async () => {
    if (!(await deferred)) return;
    await interaction.editReply({ components: remainingComponents(interaction, event.action) });
    const replies = await runSink(deps, event, language);
    for (const body of replies.flatMap(renderMessage)) {
      await interaction.followUp(asReply(interaction, body, false));
    }
  });
}

/** Buttons that show something once (a model answer, the full report) go; the others go with their question. */
const SHOW_ONCE = new Set(['model-answer', 'full-report']);

function remainingComponents(interaction: ButtonInteraction, clicked: string) {
  if (!SHOW_ONCE.has(clicked)) return [];
  return interaction.message.components
    .map((row) => row.toJSON() as { type: number; components: { custom_id?: string }[] })
    .map((row) => ({
      ...row,
      components: row.components.filter((c) => decodeCustomId(c.custom_id ?? '')?.action !== clicked),
    }))
    .filter((row) => row.components.length > 0) as InteractionEditReplyOptions['components'] & object;
}

/**
 * A DM, or a mention in a server: the core runs in the user's queue under a typing indicator; its
 * replies go where the message was (in a server, as a reply to it; nothing there can be ephemeral).
 */
export function handleMessage(message: Message, deps: HandlerDeps): void {
  const event = messageEventFrom(message, deps.botUserId(), deps.adminRoleIds);
  if (!event) return;
  const channelId = message.channelId;
  deps.queue.push(message.author.id, async () => {
    const stopTyping = startTyping(deps, channelId);
    let replies: OutboundMessage[];
    try {
      replies = await runSink(deps, event, deps.locales.languageOf(message.author.id));
    } finally {
      stopTyping();
    }
    const reference = message.guildId
      ? { message_reference: { message_id: message.id, fail_if_not_exists: false } }
      : {};
    for (const body of replies.flatMap(renderMessage)) {
      const request = restMessage(body);
      await deps.rest.post(Routes.channelMessages(channelId), {
        ...request,
        body: { ...request.body, ...reference },
      });
    }
  });
}

function startTyping(deps: HandlerDeps, channelId: string): () => void {
  const type = () =>
    deps.rest.post(Routes.channelTyping(channelId)).catch((error: unknown) => {
      deps.logger.debug({ err: error, channelId }, 'discord: typing indicator failed');
    });
  void type();
  const timer = setInterval(type, TYPING_RENEW_MS);
  return () => clearInterval(timer);
}
