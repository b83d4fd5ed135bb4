// `npm run register-commands`: PUT the /interview commands to Discord over REST, without opening a gateway.
import { commandDescriptors } from '../commands/index.js';
import { createDiscordRest, registerDiscordCommands } from '../adapters/discord/command-registrar.js';
import { ConfigError, loadConfig } from '../src/config/load-config.js';

try {
  const { env } = loadConfig();
  if (!env.DISCORD_TOKEN || !env.DISCORD_APP_ID) {
    console.error('Set DISCORD_TOKEN and DISCORD_APP_ID to register the Discord commands.');
    process.exitCode = 1;
  } else {
    const rest = createDiscordRest({ token: env.DISCORD_TOKEN, apiBaseUrl: env.DISCORD_API_BASE_URL });
    const { route, names } = await registerDiscordCommands(
      rest,
      { appId: env.DISCORD_APP_ID, guildId: env.DISCORD_GUILD_ID },
      commandDescriptors(),
    );
    const scope = env.DISCORD_GUILD_ID ? `guild ${env.DISCORD_GUILD_ID} (instant)` : 'all servers (global)';
    console.log(`Registered /${names.join(', /')} for ${scope} via PUT ${route}`);
  }
} catch (error) {
  // ConfigError names variables, never values; anything else (HTTP 401, network) is printed as Discord said it.
  console.error(error instanceof ConfigError ? error.message : `Registration failed: ${String(error)}`);
  process.exitCode = 1;
}
