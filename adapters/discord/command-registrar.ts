// Registering application commands over REST alone, so the register script never opens a gateway connection.
import { REST, Routes } from 'discord.js';
import type { CommandDescriptor } from '../../src/platform/types.js';
import { buildApplicationCommands } from './command-builder.js';

export interface RegistrarOptions {
  appId: string;
  /** Guild-scoped commands update instantly (development); global ones reach every server. */
  guildId?: string | undefined;
}

/** A REST client with the bot token, pointed at `apiBaseUrl` when set (proxies, tests). */
export function createDiscordRest(options: { token: string; apiBaseUrl?: string | undefined }): REST {
  const rest = new REST(options.apiBaseUrl ? { api: options.apiBaseUrl } : {});
  return rest.setToken(options.token);
}

/** The route commands are PUT to: the guild's when `guildId` is set, the global one otherwise. */
export function commandsRoute(options: RegistrarOptions): `/${string}` {
  return options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
}

/** Replace the application's commands with those built from `descriptors` (PUT is a bulk overwrite). */
export async function registerDiscordCommands(
  rest: REST,
  options: RegistrarOptions,
  descriptors: CommandDescriptor[],
): Promise<{ route: string; names: string[] }> {
  const body = buildApplicationCommands(descriptors);
  const route = commandsRoute(options);
  await rest.put(route, { body });
  return { route, names: body.map((command) => command.name) };
}
