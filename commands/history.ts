// `/interview history`: the user's past interviews with their scores.
import { positionName, stateName } from '../src/engine/render.js';
import { t } from '../src/i18n/index.js';
import { defineCommand } from './define-command.js';

export const historyCommand = defineCommand({
  name: 'history',
  description: { en: 'Your past interviews', ko: '지난 면접 기록' },
  admin: false,
  options: {},
  async run(ctx) {
    const { users, sessions } = ctx.services;
    const lang = ctx.language;
    const user = await users.upsert(ctx.user, ctx.services.now());
    const past = await sessions.history(user.id, 10);
    if (past.length === 0)
      return [{ tone: 'info', ephemeral: true, text: t(lang, 'commands.history_empty') }];
    return [
      {
        tone: 'info',
        ephemeral: true,
        title: t(lang, 'commands.history_title'),
        fields: past.map((session, index) => ({
          name: `${index + 1}. ${new Date(session.startedAt).toISOString().slice(0, 10)} · ${positionName(lang, session.position)}`,
          value: `${stateName(lang, session.state)}${session.overallScore === null ? '' : ` · ${session.overallScore.toFixed(1)}/10`}`,
        })),
        footer: t(lang, 'commands.history_footer'),
      },
    ];
  },
});
