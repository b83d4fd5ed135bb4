// Pure builders of the interview's messages (questions, intro, status), localised for the session.
import type { Language, SessionState } from '../domain/types.js';
import { type MessageKey, t } from '../i18n/index.js';
import type { Button, OutboundMessage, PlatformCapabilities } from '../platform/types.js';
import type { SessionRecord, TurnRecord } from '../stores/sessions-store.js';
import { plannedTotal } from '../domain/session-states.js';
import { competencyName, positionName, topicName } from '../i18n/names.js';

/** The buttons shown under a question; they carry the turn id so a click on an old question does nothing. */
export function questionButtons(language: Language, turnId: number): Button[] {
  return [
    { action: 'skip', label: t(language, 'common.button.skip'), style: 'secondary', value: String(turnId) },
    { action: 'end', label: t(language, 'common.button.end'), style: 'danger', value: String(turnId) },
  ];
}

/** The first message of a session. */
export function introMessage(session: SessionRecord): OutboundMessage {
  const lang = session.language;
  return {
    tone: 'info',
    title: t(lang, 'engine.intro_title', { position: positionName(lang, session.position) }),
    text: t(lang, 'engine.intro_text', {
      technical: session.plan.technical,
      behavioural: session.plan.behavioural,
      personal: session.plan.personal,
    }),
  };
}

/** Ask for the CV; where files are handed over by path (a terminal), ask for the path. */
export function askCvMessage(
  session: SessionRecord,
  limits: { maxBytes: number; maxPages: number },
  capabilities: Pick<PlatformCapabilities, 'filesByPath'>,
): OutboundMessage {
  const lang = session.language;
  const key = capabilities.filesByPath ? 'engine.ask_cv_console' : 'engine.ask_cv';
  return {
    tone: 'question',
    text: t(lang, key, { maxMb: Math.round(limits.maxBytes / (1024 * 1024)), maxPages: limits.maxPages }),
    awaiting: 'reply',
  };
}

/** One question, numbered within the plan; follow-ups are marked as such. */
export function questionMessage(session: SessionRecord, turn: TurnRecord, number: number): OutboundMessage {
  const lang = session.language;
  const total = plannedTotal(session.plan);
  const kind = t(lang, `common.kind.${turn.kind}` as MessageKey);
  const title = turn.parentTurnId
    ? t(lang, 'engine.followup_title', { n: number, total })
    : t(lang, 'engine.question_title', { n: number, total, kind });
  const footer =
    turn.kind === 'technical' && turn.topic
      ? t(lang, 'engine.topic_footer', {
          topic: topicName(lang, turn.topic),
          difficulty: turn.meta.difficulty ?? 2,
        })
      : turn.kind === 'behavioural' && turn.meta.competency
        ? t(lang, 'engine.competency_footer', { competency: competencyName(lang, turn.meta.competency) })
        : undefined;
  return {
    tone: 'question',
    title,
    text: turn.question,
    // The CV line is shown on its own unless the question already quotes it.
    quote: turn.meta.cvQuote && !turn.question.includes(turn.meta.cvQuote) ? turn.meta.cvQuote : undefined,
    footer,
    progress: { done: number - 1, total, label: t(lang, 'engine.progress_questions') },
    buttons: questionButtons(lang, turn.id),
    awaiting: 'reply',
  };
}

/** Where the user stands, with the open question repeated. */
export function statusMessage(
  session: SessionRecord,
  turns: TurnRecord[],
  openTurn: TurnRecord | undefined,
): OutboundMessage {
  const lang = session.language;
  const main = turns.filter((turn) => turn.parentTurnId === null);
  const answered = main.filter((turn) => turn.status === 'answered').length;
  const fields = [
    { name: t(lang, 'engine.status_position'), value: positionName(lang, session.position), inline: true },
    {
      name: t(lang, 'engine.status_state'),
      value: t(lang, `engine.state.${session.state}` as MessageKey),
      inline: true,
    },
    {
      name: t(lang, 'engine.status_answered'),
      value: `${answered}/${plannedTotal(session.plan)}`,
      inline: true,
    },
  ];
  if (openTurn)
    fields.push({ name: t(lang, 'engine.status_current'), value: openTurn.question, inline: false });
  return { tone: 'info', title: t(lang, 'engine.status_title'), fields };
}

export function stateName(language: Language, state: SessionState): string {
  return t(language, `engine.state.${state}` as MessageKey);
}
