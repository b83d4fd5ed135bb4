// Parse `/interview <subcommand> [args]` text the way Slack and the console receive it.
import type { CommandDescriptor } from './types.js';

export interface ParsedCommandText {
  name: string;
  options: Record<string, string>;
}

/**
 * Split command text into a subcommand and its options. Arguments fill the subcommand's string
 * options in declaration order; `name:value` or `name=value` sets one by name. Quotes group words.
 * The leading `/interview` is optional. An unknown subcommand becomes `help`.
 */
export function parseCommandText(text: string, descriptors: readonly CommandDescriptor[]): ParsedCommandText {
  const words = tokenize(
    text
      .trim()
      .replace(/^\/interview\b/i, '')
      .trim(),
  );
  const name = (words.shift() ?? 'help').toLowerCase();
  const descriptor = descriptors.find((d) => d.name === name);
  if (!descriptor) return { name: 'help', options: {} };
  const positional = descriptor.options.filter((o) => o.type === 'string').map((o) => o.name);
  const options: Record<string, string> = {};
  const rest: string[] = [];
  for (const word of words) {
    const named = /^([a-z_]+)[:=](.+)$/i.exec(word);
    const key = named?.[1]?.toLowerCase();
    if (named && key && positional.includes(key)) options[key] = named[2] ?? '';
    else rest.push(word);
  }
  for (const optionName of positional) {
    if (options[optionName] !== undefined) continue;
    const next = rest.shift();
    if (next === undefined) break;
    options[optionName] = next;
  }
  // Extra words belong to the last free-text option, if the command has one without choices.
  const last = descriptor.options.filter((o) => o.type === 'string').at(-1);
  if (rest.length && last && !last.choices)
    options[last.name] = [options[last.name], ...rest].filter(Boolean).join(' ');
  return { name, options };
}

function tokenize(text: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    words.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return words;
}
