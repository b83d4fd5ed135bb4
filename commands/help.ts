// `/interview help`: what the bot does and every subcommand, in the user's language.
import { t } from '../src/i18n/index.js';
import { type CommandDefinition, defineCommand } from './define-command.js';

/**
 * `/interview help` over `commands`, a function so the list that contains help can be handed in after
 * it is built (commands/index.ts), with no import back from here.
 */
export function createHelpCommand(commands: () => readonly CommandDefinition[]): CommandDefinition {
  return defineCommand({
    name: 'help',
    description: { en: 'How to use the interview bot', ko: '면접 봇 사용법' },
    admin: false,
    example: 'help',
    options: {},
    async run(ctx) {
      const lang = ctx.language;
      const visible = commands().filter((command) => !command.admin || ctx.user.isAdmin);
      return [
        {
          tone: 'info',
          ephemeral: true,
          title: t(lang, 'commands.help_title'),
          text: t(lang, 'commands.help_intro'),
          fields: visible.map((command) => {
            const args = Object.entries(command.options)
              .filter(([, spec]) => spec.type !== 'attachment' && !spec.scripted)
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
}
