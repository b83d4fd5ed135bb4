// Parses "/interview <subcommand> [args]" text against the platform-neutral command descriptors.
import type { CommandDescriptor } from '../../src/platform/types.js';

/** The subcommand a user gets when they type nothing or something the bot does not know. */
export const HELP_COMMAND = 'help';

export interface ParsedCommand {
  name: string;
  options: Record<string, string>;
}

/**
 * Read the subcommand and its options from a slash command's text. The first word names the
 * subcommand; `name=value` words set an option by name; other words fill the text options in
 * declaration order, the last one taking whatever is left (so free text needs no quotes). Values
 * are passed on as typed: matching choices, aliases and labels is the command layer's job, the
 * same for every platform.
 */
export function parseCommandText(text: string, descriptors: readonly CommandDescriptor[]): ParsedCommand {
  const [first, ...rest] = tokenize(text);
  const descriptor = descriptors.find((candidate) => candidate.name === first?.toLowerCase());
  if (!first || !descriptor) return { name: HELP_COMMAND, options: {} };

  const textOptions = descriptor.options.filter((option) => option.type === 'string');
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (const token of rest) {
    const named = /^([a-z][\w-]*)=(.*)$/i.exec(token);
    const option = named && textOptions.find((candidate) => candidate.name === named[1]?.toLowerCase());
    if (named && option) options[option.name] = named[2] ?? '';
    else positional.push(token);
  }
  const unfilled = textOptions.filter((option) => !(option.name in options));
  unfilled.forEach((option, index) => {
    const isLast = index === unfilled.length - 1;
    const value = isLast ? positional.splice(0).join(' ') : positional.shift();
    if (value !== undefined && value !== '') options[option.name] = value;
  });
  return { name: descriptor.name, options };
}

/** Split on whitespace, keeping "double quoted" or “curly quoted” phrases together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of text.trim().matchAll(pattern)) {
    tokens.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return tokens;
}
