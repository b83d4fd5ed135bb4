// What `/interview forget` deleted from one session, in words: history and report say it instead of
// listing an interview whose report then cannot be found.
import type { Language } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { SessionRecord, TurnRecord } from '../stores/sessions-store.js';

/** The day (UTC) `/interview forget` ran, as history shows dates. */
export function forgottenDate(session: SessionRecord): string {
  return new Date(session.forgottenAt ?? 0).toISOString().slice(0, 10);
}

/**
 * What was deleted from a forgotten session: its answers and report (a finished one), its answers
 * (one cancelled before the report), or nothing (no question was answered). Undefined when the
 * session was not forgotten.
 */
export function forgottenNote(
  language: Language,
  session: SessionRecord,
  turns: TurnRecord[],
): string | undefined {
  if (session.forgottenAt === null) return undefined;
  const date = forgottenDate(session);
  if (session.state === 'completed' || session.state === 'ended')
    return t(language, 'inputs.history_forgotten_report', { date });
  const answered = turns.some((turn) => turn.status === 'answered');
  return t(language, answered ? 'inputs.history_forgotten_answers' : 'inputs.history_forgotten_nothing', {
    date,
  });
}
