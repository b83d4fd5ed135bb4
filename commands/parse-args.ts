// Validate a command's raw options against its declared options; choices accept codes, aliases and labels.
import type { Language } from '../src/domain/types.js';
import { UserError } from '../src/errors.js';
import type { Attachment, CommandEvent, PlatformCapabilities } from '../src/platform/types.js';
import {
  type ArgsOf,
  type CommandDefinition,
  commandExample,
  type OptionSpec,
  type TextOptionSpec,
} from './define-command.js';

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
 * Parse `event`'s options for `command`; throws a UserError naming the option that is missing, or the
 * user's own word that fits no choice, with the command's example as the platform types it. Every
 * value is checked against its option here (a choice's value, free text, a file), which is what lets
 * `run` receive the literal types `ArgsOf` infers from the options.
 */
export function parseArgs(
  command: CommandDefinition,
  event: CommandEvent,
  capabilities: Pick<PlatformCapabilities, 'adminCommandPrefix'>,
  language: Language,
): ArgsOf<Record<string, OptionSpec>> {
  const args: ArgsOf<Record<string, OptionSpec>> = {};
  const example = commandExample(command, capabilities);
  let attachmentIndex = 0;
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.type === 'attachment') {
      const given = event.options[name];
      const attachment = isAttachment(given) ? given : event.attachments[attachmentIndex++];
      if (!attachment && spec.required)
        throw new UserError('commands.missing_option', {
          option: name,
          what: spec.description[language],
          example,
        });
      args[name] = attachment;
      continue;
    }
    const raw = event.options[name];
    const text = raw === undefined || raw === null ? '' : String(raw).trim();
    if (text === '') {
      if (spec.required)
        throw new UserError('commands.missing_option', {
          option: name,
          what: spec.description[language],
          example,
        });
      args[name] = undefined;
      continue;
    }
    if (spec.choices) {
      const value = matchChoice(spec, text);
      if (!value)
        throw new UserError('commands.bad_choice', {
          value: text.slice(0, 40),
          option: name,
          what: spec.description[language],
          choices: choicesOf(spec),
          example,
        });
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
