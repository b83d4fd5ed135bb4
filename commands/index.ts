// Every `/interview` subcommand, listed explicitly; adapters register and parse from this list.
import type { CommandDescriptor } from '../src/platform/types.js';
import { bankCommand } from './bank.js';
import { dailyCommand } from './daily.js';
import { type CommandDefinition, describeCommand } from './define-command.js';
import { endCommand } from './end.js';
import { forgetCommand } from './forget.js';
import { createHelpCommand } from './help.js';
import { historyCommand } from './history.js';
import { langCommand } from './lang.js';
import { reportCommand } from './report.js';
import { settingsCommand } from './settings.js';
import { skipCommand } from './skip.js';
import { startCommand } from './start.js';
import { statsCommand } from './stats.js';
import { statusCommand } from './status.js';

export const commandList: CommandDefinition[] = [
  startCommand,
  skipCommand,
  endCommand,
  statusCommand,
  historyCommand,
  reportCommand,
  forgetCommand,
  langCommand,
  statsCommand,
  settingsCommand,
  bankCommand,
  dailyCommand,
  createHelpCommand(() => commandList),
];

/** Find a command by name. */
export function findCommand(name: string): CommandDefinition | undefined {
  return commandList.find((command) => command.name === name.toLowerCase());
}

/** What adapters need to register the commands. */
export function commandDescriptors(): CommandDescriptor[] {
  return commandList.map(describeCommand);
}
