// `/interview report [n]`: show a finished interview's report again (n from `history`, default the latest).
import type { ReportData } from '../src/engine/report.js';
import { reportMessages } from '../src/engine/report-messages.js';
import { UserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import { defineCommand } from './define-command.js';

export const reportCommand = defineCommand({
  name: 'report',
  description: { en: 'Show an interview report again', ko: '면접 리포트 다시 보기' },
  admin: false,
  options: {
    number: {
      type: 'string',
      required: false,
      description: { en: 'Which interview (number from history)', ko: '몇 번째 면접인지 (기록의 번호)' },
    },
  },
  async run(ctx, args) {
    const { users, sessions } = ctx.services;
    const user = await users.upsert(ctx.user, ctx.services.now());
    const past = await sessions.history(user.id, 10);
    const index = args.number ? Number.parseInt(args.number, 10) - 1 : undefined;
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= past.length)) {
      throw new UserError('commands.report_bad_number', { max: past.length });
    }
    const session = index === undefined ? past.find((s) => s.report) : past[index];
    if (!session?.report) return [{ tone: 'info', ephemeral: true, text: t(ctx.language, 'report.none') }];
    const messages = await reportMessages(session.report as ReportData, ctx.services.charts);
    return messages.map((message) => ({ ...message, ephemeral: true }));
  },
});
