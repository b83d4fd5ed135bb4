// Who acted: a UserRef from an interaction or a message, with the admin flag decided from permissions and roles.
import {
  type GuildMember,
  type Interaction,
  type Message,
  PermissionFlagsBits,
  type PermissionsBitField,
} from 'discord.js';
import type { ConversationRef, UserRef } from '../../src/platform/types.js';

/** The workspace id given to events from a DM, which belongs to no guild. */
export const DM_WORKSPACE = 'dm';

/** Admin when the member may manage the server (or is an administrator), or holds a configured admin role. */
export function isAdminMember(
  permissions: PermissionsBitField | null,
  roleIds: string[],
  adminRoleIds: string[],
): boolean {
  if (permissions?.any([PermissionFlagsBits.ManageGuild, PermissionFlagsBits.Administrator], true))
    return true;
  return roleIds.some((role) => adminRoleIds.includes(role));
}

/** Role ids of a member, whether discord.js cached it as a GuildMember or kept the raw API object. */
export function memberRoleIds(member: GuildMember | { roles: string[] } | null): string[] {
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

function displayNameOf(
  member: GuildMember | { nick?: string | null } | null,
  user: Message['author'],
): string {
  const nick = member && 'nick' in member ? member.nick : undefined;
  return nick || user.globalName || user.username;
}

/** The user behind an interaction; the locale is the client's language setting. */
export function userFromInteraction(interaction: Interaction, adminRoleIds: string[]): UserRef {
  const member = interaction.member as GuildMember | { roles: string[]; nick?: string | null } | null;
  return {
    platform: 'discord',
    workspaceId: interaction.guildId ?? DM_WORKSPACE,
    userId: interaction.user.id,
    displayName: displayNameOf(member, interaction.user),
    platformLocale: interaction.locale,
    isAdmin: interaction.guildId
      ? isAdminMember(interaction.memberPermissions, memberRoleIds(member), adminRoleIds)
      : false,
  };
}

/** The author of a message (messages carry no locale; admin only by role, as permissions are not sent). */
export function userFromMessage(message: Message, adminRoleIds: string[]): UserRef {
  const member = message.member;
  return {
    platform: 'discord',
    workspaceId: message.guildId ?? DM_WORKSPACE,
    userId: message.author.id,
    displayName: displayNameOf(member, message.author),
    isAdmin: message.guildId ? isAdminMember(null, memberRoleIds(member), adminRoleIds) : false,
  };
}

/** Where a message or interaction happened; a thread keeps its parent channel as `channelId`. */
export function conversationOf(
  guildId: string | null,
  channel: { id: string; isThread(): boolean; parentId?: string | null } | null,
  channelId: string,
): ConversationRef {
  if (channel?.isThread() && channel.parentId) {
    return {
      platform: 'discord',
      workspaceId: guildId ?? DM_WORKSPACE,
      channelId: channel.parentId,
      threadId: channel.id,
    };
  }
  return { platform: 'discord', workspaceId: guildId ?? DM_WORKSPACE, channelId };
}
