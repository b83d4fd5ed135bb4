// `/interview report [n] [full]`: show a finished interview's report again (n from `history`, default
// the latest): the short report, or with `full` every question with the member's answer beside the
// model answer.
import type { ReportData } from '../src/engine/report.js';
import { forgottenDate } from '../src/engine/forgotten.js';
import { renderFullReport } from '../src/engine/report-full.js';
import { reportMessages } from '../src/engine/report-messages.js';
import { stateName } from '../src/engine/render.js';
import { UserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import { defineCommand } from './define-command.js';

export const reportCommand = defineCommand({
  name: 'report',
  description: { en: 'Show an interview report again', ko: '면접 리포트 다시 보기' },
  admin: false,
  example: 'report 1 full',
  options: {
    number: {
      type: 'string',
      required: false,
      description: { en: 'Which interview (number from history)', ko: '몇 번째 면접인지 (기록의 번호)' },
    },
    detail: {
      type: 'string',
      required: false,
      description: {
        en: 'Add "full" to see every question in full',
        ko: '"full"을 붙이면 질문별 전체 리포트',
      },
      choices: [{ value: 'full', label: { en: 'full', ko: '전체' } }],
    },
  },
  async run(ctx, args) {
    const { users, sessions } = ctx.services;
    const user = await users.upsert(ctx.user, ctx.services.now());
    const past = await sessions.history(user.id, 10);
    // `/interview report full` asks for the latest report in full.
    const numberText =
      args.number?.toLowerCase() === 'full' || args.number === '전체' ? undefined : args.number;
    const full = args.detail === 'full' || numberText !== args.number;
    const index = numberText ? Number.parseInt(numberText, 10) - 1 : undefined;
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= past.length)) {
      throw new UserError('commands.report_bad_number', { max: past.length });
    }
    // A report `/interview forget` deleted: say so, not that there is none.
    const chosen = index === undefined ? undefined : past[index];
    if (chosen && index !== undefined && chosen.forgottenAt !== null && !chosen.report) {
      const text = t(ctx.language, 'inputs.report_forgotten', { n: index + 1, date: forgottenDate(chosen) });
      return [{ tone: 'info', ephemeral: true, text }];
    }
    const found =
      index === undefined
        ? past.map((session, i) => ({ session, number: i + 1 })).find(({ session }) => session.report)
        : { session: past[index]!, number: index + 1 };
    if (index !== undefined && found && !found.session.report) {
      // A numbered interview without a report (still running, or ended before any answer) says so.
      const state = stateName(ctx.language, found.session.state);
      return [
        {
          tone: 'info',
          ephemeral: true,
          text: t(ctx.language, 'report.no_report', { n: found.number, state }),
        },
      ];
    }
    if (!found?.session.report)
      return [{ tone: 'info', ephemeral: true, text: t(ctx.language, 'report.none') }];
    const report = found.session.report as ReportData;
    const messages = full
      ? renderFullReport(report)
      : await reportMessages(
          report,
          { sessionId: found.session.id, number: found.number },
          ctx.services.charts,
        );
    return messages.map((message) => ({ ...message, ephemeral: true }));
  },
});
