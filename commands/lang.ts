import { t } from '../src/i18n/index.js';
import { defineCommand } from './define-command.js';
import { languageOption } from './options.js';

export const langCommand = defineCommand({
  name: 'lang',
  description: { en: 'Choose your language', ko: '언어 선택' },
  admin: false,
  example: 'lang ko',
  options: { language: languageOption(true) },
  async run(ctx, args) {
    const language = args.language;
    const { users, now } = ctx.services;
    const user = await users.upsert(ctx.user, now());
    await users.setLocale(user.id, language, now());
    return [{ tone: 'success', ephemeral: true, text: t(language, 'commands.lang_set') }];
  },
});
