// What the question of the day says: the channel post, the thread's tally, a member's private feedback, the board.
import type { Evaluation, Language, Position } from '../domain/types.js';
import { type MessageKey, t } from '../i18n/index.js';
import { evaluatorName, topicName } from '../i18n/names.js';
import { plural } from '../i18n/plural.js';
import type { OutboundMessage } from '../platform/types.js';
import type { StoredQuestion } from '../stores/question-bank-store.js';
import type { WeeklyBoard } from './group-figures.js';

/** A position's name, e.g. "Backend" / "백엔드". */
export function positionName(lang: Language, position: string): string {
  return t(lang, `common.position.${position}` as MessageKey);
}

/** "Backend", or "all positions, in turn" for a mixed channel. */
export function positionsName(lang: Language, positions: string): string {
  return positions === 'mixed' ? t(lang, 'daily.mixed') : positionName(lang, positions);
}

/** The channel post: the question, headed "Question of the day", with how to answer. */
export function dailyPostMessage(
  question: StoredQuestion & { kind: 'technical' },
  lang: Language,
  mention: string | undefined,
): OutboundMessage {
  return {
    title: t(lang, 'daily.post_title'),
    text: question.question,
    tone: 'question',
    fields: [
      { name: t(lang, 'daily.field_position'), value: positionName(lang, question.position), inline: true },
      { name: t(lang, 'daily.field_topic'), value: topicName(lang, question.topic), inline: true },
      {
        name: t(lang, 'daily.field_difficulty'),
        value: t(lang, `daily.difficulty_${question.difficulty}` as MessageKey),
        inline: true,
      },
    ],
    footer: mention ? t(lang, 'daily.post_footer_mention', { mention }) : t(lang, 'daily.post_footer'),
  };
}

/** The thread's one bot message: the count, and after 24 hours the model answer and the most missed point. */
export function tallyMessage(
  lang: Language,
  count: number,
  closed: { modelAnswer: string; missedPoint: string | undefined } | undefined,
): OutboundMessage {
  if (!closed) {
    return {
      title: t(lang, 'daily.tally_title'),
      text: count === 0 ? t(lang, 'daily.tally_none') : t(lang, 'daily.tally_count', { count }),
      tone: 'info',
    };
  }
  return {
    title: t(lang, 'daily.tally_title'),
    text: t(lang, 'daily.tally_closed', { count }),
    tone: 'success',
    fields: [
      { name: t(lang, 'daily.tally_model_answer'), value: closed.modelAnswer },
      {
        name: t(lang, 'daily.tally_missed'),
        value: closed.missedPoint ?? t(lang, 'daily.tally_nothing_missed'),
      },
    ],
  };
}

/** How an evaluation was produced, said plainly: the model, a failed-over fallback, or a spent budget. */
export function scoredByLine(lang: Language, evaluation: Evaluation, budgetSpent: boolean): string {
  if (budgetSpent) return t(lang, 'daily.scored_budget');
  if (evaluation.degraded) return t(lang, 'daily.scored_fallback');
  return t(lang, 'daily.scored_by', { evaluator: evaluatorName(lang, evaluation.evaluator) });
}

/** A member's private feedback: score, covered and missing points, the model answer, their streak. */
export function feedbackMessage(input: {
  lang: Language;
  question: string;
  evaluation: Evaluation;
  modelAnswer: string;
  streak: number;
  replaced: boolean;
  budgetSpent: boolean;
}): OutboundMessage {
  const { lang, evaluation } = input;
  const list = (items: string[]) =>
    items.length ? items.map((item) => `- ${item}`).join('\n') : t(lang, 'daily.none');
  const covered = evaluation.keyPoints
    .filter((k) => k.status === 'covered' || k.status === 'partial')
    .map((k) => (k.status === 'partial' ? `${k.point} ${t(lang, 'daily.partly')}` : k.point));
  const missing = evaluation.keyPoints
    .filter((k) => k.status === 'missing' || k.status === 'incorrect')
    .map((k) => k.point);
  return {
    title: t(lang, 'daily.feedback_title', { score: evaluation.score }),
    // The evaluator's prose restates the lists below; the lists alone are quicker to read.
    text: input.replaced ? `_${t(lang, 'daily.feedback_replaced')}_` : undefined,
    quote: input.question,
    tone: evaluation.score >= 7 ? 'success' : evaluation.score >= 4 ? 'info' : 'warning',
    ephemeral: true,
    fields: [
      { name: t(lang, 'daily.covered'), value: list(covered) },
      { name: t(lang, 'daily.missing'), value: list(missing) },
      { name: t(lang, 'daily.model_answer'), value: evaluation.modelAnswer || input.modelAnswer },
    ],
    footer: [
      plural(lang, 'daily.streak', input.streak),
      scoredByLine(lang, evaluation, input.budgetSpent),
    ].join(' · '),
  };
}

/** The weekly board post. */
export function boardMessage(lang: Language, board: WeeklyBoard): OutboundMessage {
  const leaders = board.leaders.length
    ? board.leaders
        .map((l) => `- ${plural(lang, 'daily.board_leader_line', l.days, { name: l.displayName })}`)
        .join('\n')
    : t(lang, 'daily.board_nobody_named');
  const fields = [{ name: t(lang, 'daily.board_leaders'), value: leaders }];
  if (board.weakestTopic) {
    fields.push({
      name: t(lang, 'daily.board_weakest'),
      value: t(lang, 'daily.board_weakest_line', {
        topic: topicName(lang, board.weakestTopic.topic),
        score: board.weakestTopic.average.toFixed(1),
      }),
    });
  }
  return {
    title: t(lang, 'daily.board_title'),
    text: t(lang, 'daily.board_summary', {
      members: board.members,
      answers: board.answers,
      membersText: plural(lang, 'common.count.member', board.members),
      answersText: plural(lang, 'common.count.time', board.answers),
    }),
    tone: 'info',
    fields,
    footer: t(lang, 'daily.board_hide_hint'),
  };
}

/** The positions a channel rotates through. */
export function positionsOf(positions: string, all: readonly Position[]): Position[] {
  return positions === 'mixed' ? [...all] : all.filter((p) => p === positions);
}
