// `/interview forget`: delete the user's CV text and answers; anonymous counts stay for group statistics.
import { t } from '../src/i18n/index.js';
import { defineCommand } from './define-command.js';

export const forgetCommand = defineCommand({
  name: 'forget',
  description: { en: 'Delete your CV and answers', ko: '내 이력서와 답변 삭제' },
  admin: false,
  example: 'forget',
  options: {},
  async run(ctx) {
    const { users, sessions, cvs, now } = ctx.services;
    const user = await users.upsert(ctx.user, now());
    const active = await sessions.findActive(user.id);
    if (active) {
      await sessions.transition(active.id, active.state, { state: 'aborted', finishedAt: now() }, now());
    }
    // A report still being assembled would wait forever for evaluations of answers that are gone.
    for (const session of await sessions.history(user.id, 50)) {
      if (session.state === 'evaluating') {
        await sessions.transition(session.id, 'evaluating', { state: 'ended', finishedAt: now() }, now());
      }
    }
    const cvCount = await cvs.forgetForUser(user.id, now());
    const { answers } = await sessions.forgetUser(user.id, now());
    await users.forgetPersonal(user.id, now());
    return [
      {
        tone: 'success',
        ephemeral: true,
        text: t(ctx.language, 'commands.forget_done', { cvs: cvCount, answers }),
      },
    ];
  },
});
