// Build the adapters the configuration turns on: the console, Discord and Slack.
import type { Config } from '../src/config/load-config.js';
import type { Logger } from '../src/logger.js';
import type { PlatformAdapter } from '../src/platform/types.js';
import { createConsoleAdapter } from './console/console-adapter.js';

export interface PlatformWiring {
  adapters: PlatformAdapter[];
  providerStats?: undefined;
  createLlm?: undefined;
}

/** One adapter per enabled platform. */
export async function createPlatformAdapters(
  config: Readonly<Config>,
  _logger: Logger,
  hooks: { onConsoleInputEnd: () => void },
): Promise<PlatformWiring> {
  const adapters: PlatformAdapter[] = [];
  if (config.consoleEnabled) {
    adapters.push(
      createConsoleAdapter({
        input: process.stdin,
        output: process.stdout,
        locale: process.env.LC_ALL || process.env.LANG,
        onInputEnd: hooks.onConsoleInputEnd,
      }),
    );
  }
  return { adapters };
}
