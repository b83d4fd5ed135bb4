// Reading a session's turns: the open question, how many were asked per phase, a turn's display number.
import type { PhaseCounts } from '../domain/session-states.js';
import type { TurnRecord } from '../stores/sessions-store.js';

/** Count main questions asked per phase. */
export function mainCounts(turns: TurnRecord[]): PhaseCounts {
  const counts = { technical: 0, behavioural: 0, personal: 0 };
  for (const turn of turns) if (turn.parentTurnId === null) counts[turn.kind] += 1;
  return counts;
}

/** The open (asked, unanswered) turn: always the latest one, if it is still open. */
export function openTurnOf(turns: TurnRecord[]): TurnRecord | undefined {
  const last = turns[turns.length - 1];
  return last && last.status === 'asked' ? last : undefined;
}

/** Display number of a turn: main questions count 1..N; a follow-up shares its parent's number. */
export function displayNumber(turns: TurnRecord[], turn: TurnRecord): number {
  const main = turns.filter((t) => t.parentTurnId === null);
  const anchor = turn.parentTurnId ?? turn.id;
  const index = main.findIndex((t) => t.id === anchor);
  return index === -1 ? main.length + 1 : index + 1;
}
