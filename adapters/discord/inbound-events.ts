// Discord interactions and messages → the core's InboundEvents: commands, DM answers, button clicks.
import {
  ApplicationCommandOptionType,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import type { ActionEvent, Attachment, CommandEvent, MessageEvent } from '../../src/platform/types.js';
import { createDiscordAttachment } from './attachment.js';
import { decodeCustomId } from './custom-id.js';
import { conversationOf, userFromInteraction, userFromMessage } from './user-ref.js';

/** A slash command: subcommand name, option values, and the files of attachment options. */
export function commandEventFrom(
  interaction: ChatInputCommandInteraction,
  adminRoleIds: string[],
): CommandEvent {
  const sub = interaction.options.data.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const options: Record<string, unknown> = {};
  const attachments: Attachment[] = [];
  for (const option of sub?.options ?? []) {
    if (option.type === ApplicationCommandOptionType.Attachment && option.attachment) {
      const { name, url, size, contentType } = option.attachment;
      attachments.push(createDiscordAttachment({ name, url, size, contentType }));
    } else if (option.value !== undefined) {
      options[option.name] = option.value;
    }
  }
  return {
    kind: 'command',
    eventId: interaction.id,
    name: sub?.name ?? interaction.commandName,
    options,
    attachments,
    user: userFromInteraction(interaction, adminRoleIds),
    where: conversationOf(interaction.guildId, interaction.channel, interaction.channelId),
  };
}

/** A click on one of our buttons; undefined for a custom_id this bot did not write. */
export function actionEventFrom(
  interaction: ButtonInteraction,
  adminRoleIds: string[],
): ActionEvent | undefined {
  const decoded = decodeCustomId(interaction.customId);
  if (!decoded) return undefined;
  return {
    kind: 'action',
    eventId: interaction.id,
    action: decoded.action,
    value: decoded.value,
    user: userFromInteraction(interaction, adminRoleIds),
    where: conversationOf(interaction.guildId, interaction.channel, interaction.channelId),
  };
}

/**
 * A message meant for the bot: anything a person writes in their DM with it, or, in a server (the
 * closed-DM fallback thread, or any channel), a message that mentions the bot. Without the
 * privileged message-content intent Discord only sends server message text when the bot is
 * mentioned, which is why the fallback thread asks for the mention; a mention elsewhere lets the
 * core point the user back to their interview. Everything else is undefined.
 */
export function messageEventFrom(
  message: Message,
  botUserId: string,
  adminRoleIds: string[],
): MessageEvent | undefined {
  if (message.author.bot || message.system) return undefined;
  const inDm = !message.guildId;
  if (!inDm && !message.mentions.users.has(botUserId)) return undefined;
  const text = inDm ? message.content : stripMention(message.content, botUserId);
  return {
    kind: 'message',
    eventId: message.id,
    text: text.trim(),
    attachments: [...message.attachments.values()].map(({ name, url, size, contentType }) =>
      createDiscordAttachment({ name, url, size, contentType }),
    ),
    user: userFromMessage(message, adminRoleIds),
    where: conversationOf(message.guildId, message.channel, message.channelId),
  };
}

function stripMention(content: string, botUserId: string): string {
  return content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), '');
}
