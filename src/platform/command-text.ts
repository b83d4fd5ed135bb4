// The one grammar of typed commands, shared by every text platform (Slack's slash command text,
// console lines): `[/interview] <subcommand> [value | name=value | name:value]...`.
import type { CommandDescriptor } from './types.js';

/** The subcommand a user gets when they type nothing or something the bot does not know. */
export const HELP_COMMAND = 'help';

export interface ParsedCommandText {
  name: string;
  options: Record<string, string>;
}

/**
 * Read the subcommand and its options. The leading `/interview` is optional; the first word names
 * the subcommand (any case; unknown or missing → `help`). `name=value` or `name:value` sets a text
 * option by name, and so does `--name value`; other words fill the text options in declaration order
 * (never a `scripted` one, which is typed by name only), and the last unfilled one
 * takes the rest of the line, so free text needs no quotes. "Double", “curly” and 'single' quotes
 * keep words together, also after `name=`. Values are passed on as typed: matching choices, aliases
 * and labels is the command layer's job (commands/parse-args.ts), the same for every platform.
 */
export function parseCommandText(text: string, descriptors: readonly CommandDescriptor[]): ParsedCommandText {
  const words = tokenize(text.trim().replace(/^\/interview(?=\s|$)/i, ''));
  const first = words.shift();
  const descriptor = descriptors.find((candidate) => candidate.name === first?.toLowerCase());
  if (!descriptor) return { name: HELP_COMMAND, options: {} };

  const textOptions = descriptor.options.filter((option) => option.type !== 'attachment');
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const named = /^(?:--)?([a-z][\w-]*)[=:]([\s\S]*)$/i.exec(word);
    const option = named && textOptions.find((candidate) => candidate.name === named[1]?.toLowerCase());
    // `--name value`, as scripts and shells write options.
    const flag = /^--([a-z][\w-]*)$/i.exec(word);
    const flagged = flag && textOptions.find((candidate) => candidate.name === flag[1]?.toLowerCase());
    if (named && option) options[option.name] = named[2] ?? '';
    else if (flagged && index + 1 < words.length) options[flagged.name] = words[++index] ?? '';
    else positional.push(word);
  }
  const unfilled = textOptions.filter((option) => !(option.name in options) && !option.scripted);
  unfilled.forEach((option, index) => {
    const isLast = index === unfilled.length - 1;
    const value = isLast ? positional.splice(0).join(' ') : positional.shift();
    if (value !== undefined && value !== '') options[option.name] = value;
  });
  return { name: descriptor.name, options };
}

const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', "'": "'" };

/**
 * Split on whitespace, keeping quoted phrases together. A quote opens only at the start of a word
 * or right after `=`/`:`, so apostrophes inside words ("don't") stay text; an unclosed quote runs
 * to the end of the line.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current: string | undefined;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      if (current !== undefined) tokens.push(current);
      current = undefined;
      index += 1;
      continue;
    }
    const closing = CLOSING_QUOTE[char];
    const opensQuote = closing !== undefined && (current === undefined || /[=:]$/.test(current));
    if (!opensQuote) {
      current = (current ?? '') + char;
      index += 1;
      continue;
    }
    const end = text.indexOf(closing, index + 1);
    const stop = end === -1 ? text.length : end;
    current = (current ?? '') + text.slice(index + 1, stop);
    index = stop + 1;
  }
  if (current !== undefined) tokens.push(current);
  return tokens;
}
