// `/interview start <position> [language] [cv]`: begin a mock interview in a private conversation.
import { defineCommand } from './define-command.js';
import { languageOption, positionOption } from './options.js';

export const startCommand = defineCommand({
  name: 'start',
  description: { en: 'Start a mock interview', ko: '모의 면접 시작' },
  admin: false,
  options: {
    position: positionOption,
    language: languageOption(false),
    cv: {
      type: 'attachment',
      required: false,
      description: { en: 'Your CV as a PDF', ko: '이력서 PDF 파일' },
    },
  },
  async run(ctx, args) {
    return ctx.services.engine.start(ctx.user, {
      position: args.position,
      language: args.language,
      cv: args.cv,
      where: ctx.where,
    });
  },
});
