// `/interview history`: the user's past interviews with their scores, and their progress chart once
// two interviews are finished.
import { progressChart } from '../src/charts/progress-chart.js';
import { finishedSessions, MIN_FINISHED, progressData } from '../src/charts/progress-data.js';
import { forgottenNote } from '../src/engine/forgotten.js';
import { stateName } from '../src/engine/render.js';
import { positionName } from '../src/i18n/names.js';
import { t } from '../src/i18n/index.js';
import type { OutboundMessage } from '../src/platform/types.js';
import { defineCommand } from './define-command.js';

/** How many interviews the list shows (numbers used by `/interview report <n>`). */
const LISTED = 10;
/** How many are read for the progress chart. */
const CHARTED = 50;

export const historyCommand = defineCommand({
  name: 'history',
  description: { en: 'Your past interviews', ko: '지난 면접 기록' },
  admin: false,
  example: 'history',
  options: {},
  async run(ctx) {
    const { users, sessions, charts } = ctx.services;
    const lang = ctx.language;
    const user = await users.upsert(ctx.user, ctx.services.now());
    const past = await sessions.history(user.id, CHARTED);
    if (past.length === 0)
      return [{ tone: 'info', ephemeral: true, text: t(lang, 'commands.history_empty') }];
    const finished = finishedSessions(past).length;
    const listed = past.slice(0, LISTED);
    // Only a forgotten session's turns are read: whether it had answers decides what history says.
    const notes = await Promise.all(
      listed.map(async (session) =>
        session.forgottenAt === null
          ? undefined
          : forgottenNote(lang, session, await sessions.listTurns(session.id)),
      ),
    );
    const message: OutboundMessage = {
      tone: 'info',
      ephemeral: true,
      title: t(lang, 'commands.history_title'),
      fields: listed.map((session, index) => ({
        name: `${index + 1}. ${new Date(session.startedAt).toISOString().slice(0, 10)} · ${positionName(lang, session.position)}`,
        value: [
          stateName(lang, session.state),
          ...(session.overallScore === null ? [] : [`${session.overallScore.toFixed(1)}/10`]),
          ...(notes[index] ? [notes[index]] : []),
        ].join(' · '),
      })),
      footer: t(lang, 'commands.history_footer'),
    };
    if (!charts.enabled) return [message];
    if (finished < MIN_FINISHED) {
      return [{ ...message, text: t(lang, 'charts.progress_need_two', { count: finished }) }];
    }
    return [await charts.attach(message, progressChart(progressData(past, lang)))];
  },
});
