// `/interview forget`: delete the user's CV text and answers; anonymous counts stay for group statistics.
// Nothing is deleted until the user confirms: a button, or `/interview forget confirm` in text.
import { t } from '../src/i18n/index.js';
import { plural } from '../src/i18n/plural.js';
import type { OutboundMessage } from '../src/platform/types.js';
import { defineCommand } from './define-command.js';

export const forgetCommand = defineCommand({
  name: 'forget',
  description: { en: 'Delete your CV and answers', ko: '내 이력서와 답변 삭제' },
  admin: false,
  example: 'forget',
  options: {
    confirm: {
      type: 'string',
      required: false,
      description: { en: 'Type confirm to delete', ko: '삭제하려면 confirm 입력' },
      choices: [{ value: 'confirm', label: { en: 'confirm', ko: '확인' }, aliases: ['yes', '삭제'] }],
    },
  },
  async run(ctx, args) {
    const { users, sessions, cvs, now } = ctx.services;
    const user = await users.upsert(ctx.user, now());
    const active = await sessions.findActive(user.id);
    if (args.confirm !== 'confirm') {
      const prompt: OutboundMessage = {
        tone: 'warning',
        ephemeral: true,
        title: t(ctx.language, 'inputs.forget_confirm_title'),
        text: [
          t(ctx.language, 'inputs.forget_confirm'),
          ...(active ? [t(ctx.language, 'inputs.forget_confirm_active')] : []),
        ].join('\n'),
        // Where there are no buttons (a terminal), the button is shown as what to type.
        buttons: [
          {
            action: 'forget-confirm',
            label: t(ctx.language, 'inputs.forget_button'),
            style: 'danger',
            typed: '/interview forget confirm',
          },
        ],
      };
      return [prompt];
    }
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
        text: t(ctx.language, 'commands.forget_done', {
          cvs: cvCount,
          answers,
          cvsText: plural(ctx.language, 'common.count.cv', cvCount),
          answersText: plural(ctx.language, 'common.count.answer', answers),
        }),
      },
    ];
  },
});
