// CommandDescriptor[] → Discord application commands: /interview for members, /interview-admin for admins.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { t } from '../../src/i18n/index.js';
import type { CommandDescriptor, CommandOptionDescriptor } from '../../src/platform/types.js';
import { trimText } from './text-split.js';

/** The top-level command every member sees. */
export const MEMBER_COMMAND = 'interview';
/**
 * Admin subcommands live under their own top-level command: Discord applies
 * default_member_permissions to a whole top-level command, never to one subcommand, so this is the
 * only way to hide `stats` from members' command pickers. Server admins can still grant it to a role
 * in Server Settings → Integrations; the core checks the permission again at run time.
 */
export const ADMIN_COMMAND = 'interview-admin';

const DESCRIPTION_MAX = 100;
const CHOICE_NAME_MAX = 100;

/** Build the JSON body for PUT /applications/{app}/commands (or the guild-scoped route). */
export function buildApplicationCommands(
  descriptors: CommandDescriptor[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const member = [...descriptors.filter((d) => !d.admin), ...descriptors.flatMap(memberPart)];
  const admin = descriptors.filter((d) => d.admin);
  const commands: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
    {
      name: MEMBER_COMMAND,
      type: ApplicationCommandType.ChatInput,
      description: t('en', 'discord.command.member_description'),
      description_localizations: { ko: t('ko', 'discord.command.member_description') },
      // Members may run it in the server or in their DM with the bot (skip, end, status mid-interview).
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: member.map(subcommand),
    },
  ];
  if (admin.length > 0) {
    commands.push({
      name: ADMIN_COMMAND,
      type: ApplicationCommandType.ChatInput,
      description: t('en', 'discord.command.admin_description'),
      description_localizations: { ko: t('ko', 'discord.command.admin_description') },
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: admin.map(subcommand),
    });
  }
  return commands;
}

/**
 * The part of an admin command members may run (e.g. `daily hide-me`): the same subcommand under
 * /interview, with only its member actions to choose from and no other options.
 */
function memberPart(descriptor: CommandDescriptor): CommandDescriptor[] {
  const actions = descriptor.memberActions;
  const action = descriptor.options.find((o) => o.name === 'action');
  if (!descriptor.admin || !actions?.length || !action) return [];
  return [
    {
      ...descriptor,
      admin: false,
      options: [{ ...action, choices: action.choices?.filter((c) => actions.includes(c.value)) }],
    },
  ];
}

function subcommand(descriptor: CommandDescriptor): APIApplicationCommandSubcommandOption {
  // Discord rejects a required option listed after an optional one.
  const ordered = [...descriptor.options].sort((a, b) => Number(b.required) - Number(a.required));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: descriptor.name,
    description: trimText(descriptor.description.en, DESCRIPTION_MAX),
    description_localizations: { ko: trimText(descriptor.description.ko, DESCRIPTION_MAX) },
    // Options for scripted runs (`--seed`) are typed in text; a form does not offer them.
    options: ordered.filter((o) => !o.scripted).map(option),
  };
}

function option(descriptor: CommandOptionDescriptor): APIApplicationCommandBasicOption {
  const common = {
    name: descriptor.name,
    description: trimText(descriptor.description.en, DESCRIPTION_MAX),
    description_localizations: { ko: trimText(descriptor.description.ko, DESCRIPTION_MAX) },
    required: descriptor.required,
  };
  if (descriptor.type === 'attachment') return { ...common, type: ApplicationCommandOptionType.Attachment };
  if (descriptor.type === 'channel') {
    return {
      ...common,
      type: ApplicationCommandOptionType.Channel,
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    };
  }
  return {
    ...common,
    type: ApplicationCommandOptionType.String,
    ...(descriptor.choices
      ? {
          choices: descriptor.choices.map((choice) => ({
            name: trimText(choice.label.en, CHOICE_NAME_MAX),
            name_localizations: { ko: trimText(choice.label.ko, CHOICE_NAME_MAX) },
            value: choice.value,
          })),
        }
      : {}),
  };
}
