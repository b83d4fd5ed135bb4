// `/interview start <position> [language] [cv]`: begin a mock interview in a private conversation.
import { UserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import { MAX_SEED } from '../src/math/seeded-random.js';
import { defineCommand } from './define-command.js';
import { languageOption, positionOption } from './options.js';

/** `--seed 42` as a number; anything but a whole number in range is refused, naming the option. */
function parseSeed(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seed = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || seed > MAX_SEED) throw new UserError('inputs.bad_seed', { max: MAX_SEED });
  return seed;
}

export const startCommand = defineCommand({
  name: 'start',
  description: { en: 'Start a mock interview', ko: '모의 면접 시작' },
  admin: false,
  example: 'start be',
  options: {
    position: positionOption,
    language: languageOption(false),
    cv: {
      type: 'attachment',
      required: false,
      description: { en: 'Your CV as a PDF', ko: '이력서 PDF 파일' },
    },
    seed: {
      type: 'string',
      required: false,
      scripted: true,
      description: {
        en: 'Fix the question choice (a whole number), for scripted runs',
        ko: '질문 선택을 고정하는 정수 (스크립트 실행용)',
      },
    },
  },
  async run(ctx, args) {
    const replies = await ctx.services.engine.start(ctx.user, {
      position: args.position,
      language: args.language,
      cv: args.cv,
      where: ctx.where,
      seed: parseSeed(args.seed),
    });
    // The admin's next file now belongs to the interview: a bank import still waiting for one is
    // cancelled, and they are told (a start that was refused threw above and keeps the wait).
    if (!(await ctx.services.pendingUploads.cancel(ctx.user, ctx.services.now()))) return replies;
    const command = ctx.capabilities.adminCommandPrefix;
    return [
      ...replies,
      { tone: 'info', ephemeral: true, text: t(ctx.language, 'inputs.bank_import_cancelled', { command }) },
    ];
  },
});
