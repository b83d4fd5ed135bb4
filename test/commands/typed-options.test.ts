// Commands receive arguments typed from their own options: literals from `choices`, files, free text.
// The assertions are types, checked by `npm run typecheck`; the run is checked here.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ArgsOf,
  type CommandContext,
  type CommandDefinition,
  defineCommand,
} from '../../commands/define-command.js';
import { languageOption, positionOption } from '../../commands/options.js';
import { parseArgs } from '../../commands/parse-args.js';
import type { Language, Position } from '../../src/domain/types.js';
import type { Attachment, CommandEvent } from '../../src/platform/types.js';

const options = {
  position: positionOption,
  language: languageOption(false),
  note: { type: 'string', required: false, description: { en: 'Note', ko: '메모' } },
  cv: { type: 'attachment', required: false, description: { en: 'CV', ko: '이력서' } },
} as const;

describe('typed command options', () => {
  it('infers a required choice as its literal union, optional ones with undefined', () => {
    expectTypeOf<ArgsOf<typeof options>>().toEqualTypeOf<{
      position: Position;
      language: Language | undefined;
      note: string | undefined;
      cv: Attachment | undefined;
    }>();
    expectTypeOf<ArgsOf<{ language: ReturnType<typeof languageOption<true>> }>>().toEqualTypeOf<{
      language: Language;
    }>();
  });

  it('hands run the values parse-args matched, through the same untyped list the dispatcher uses', async () => {
    const seen: { position: Position; language: Language | undefined }[] = [];
    const command: CommandDefinition = defineCommand({
      name: 'try',
      description: { en: 'Try', ko: '시험' },
      admin: false,
      example: 'try be',
      options,
      async run(_ctx, args) {
        seen.push({ position: args.position, language: args.language });
        return [];
      },
    });
    const where = { platform: 'console', workspaceId: 'local', channelId: 'terminal:me' } as const;
    const event: CommandEvent = {
      kind: 'command',
      eventId: 'e1',
      user: { platform: 'console', workspaceId: 'local', userId: 'me' },
      where,
      name: 'try',
      options: { position: '백엔드', language: 'Korean' },
      attachments: [],
    };
    // The context is not read by this command.
    await command.run(
      {} as CommandContext,
      parseArgs(command, event, { adminCommandPrefix: '/interview' }, 'en'),
    );
    expect(seen).toEqual([{ position: 'be', language: 'ko' }]);
  });
});
