// Validate a command's raw options against its declared options; choices accept codes, aliases and labels.
import { UserError } from '../src/errors.js';
import type { Attachment, CommandEvent } from '../src/platform/types.js';
import type { ArgsOf, CommandDefinition, OptionSpec, TextOptionSpec } from './define-command.js';

function normalise(value: string): string {
  return value.trim().toLowerCase();
}

function matchChoice(spec: TextOptionSpec, raw: string): string | undefined {
  const wanted = normalise(raw);
  return spec.choices?.find(
    (choice) =>
      choice.value === wanted ||
      choice.aliases?.includes(wanted) ||
      normalise(choice.label.en) === wanted ||
      normalise(choice.label.ko) === wanted,
  )?.value;
}

/**
 * Parse `event`'s options for `command`; throws a UserError naming the option that is wrong. Every
 * value is checked against its option here (a choice's value, free text, a file), which is what lets
 * `run` receive the literal types `ArgsOf` infers from the options.
 */
export function parseArgs(
  command: CommandDefinition,
  event: CommandEvent,
): ArgsOf<Record<string, OptionSpec>> {
  const args: ArgsOf<Record<string, OptionSpec>> = {};
  let attachmentIndex = 0;
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.type === 'attachment') {
      const given = event.options[name];
      const attachment = isAttachment(given) ? given : event.attachments[attachmentIndex++];
      if (!attachment && spec.required) throw new UserError('commands.missing_option', { option: name });
      args[name] = attachment;
      continue;
    }
    const raw = event.options[name];
    const text = raw === undefined || raw === null ? '' : String(raw).trim();
    if (text === '') {
      if (spec.required)
        throw new UserError('commands.missing_option', { option: name, choices: choicesOf(spec) });
      args[name] = undefined;
      continue;
    }
    if (spec.choices) {
      const value = matchChoice(spec, text);
      if (!value) throw new UserError('commands.bad_choice', { option: name, choices: choicesOf(spec) });
      args[name] = value;
    } else {
      args[name] = text.slice(0, 500);
    }
  }
  return args;
}

function choicesOf(spec: TextOptionSpec): string {
  return spec.choices?.map((choice) => choice.value).join(', ') ?? '';
}

function isAttachment(value: unknown): value is Attachment {
  return typeof value === 'object' && value !== null && typeof (value as Attachment).download === 'function';
}
