// `/interview help`: what the bot does and every subcommand, in the user's language.
import { t } from '../src/i18n/index.js';
import { defineCommand } from './define-command.js';

export const helpCommand = defineCommand({
  name: 'help',
  description: { en: 'How to use the interview bot', ko: '면접 봇 사용법' },
  admin: false,
  options: {},
  async run(ctx) {
    const lang = ctx.language;
    // Imported lazily: the command list imports this file.
    const { commandList } = await import('./index.js');
    const visible = commandList.filter((command) => !command.admin || ctx.user.isAdmin);
    return [
      {
        tone: 'info',
        ephemeral: true,
        title: t(lang, 'commands.help_title'),
        text: t(lang, 'commands.help_intro'),
        fields: visible.map((command) => {
          const args = Object.entries(command.options)
            .filter(([, spec]) => spec.type !== 'attachment')
            .map(([name, spec]) => (spec.required ? `<${name}>` : `[${name}]`))
            .join(' ');
          return {
            name: `/interview ${command.name}${args ? ` ${args}` : ''}`,
            value: command.description[lang],
          };
        }),
        footer: t(lang, 'commands.help_footer'),
      },
    ];
  },
});
