// The interview as a named graph: which states exist, which moves are legal, and which phase comes next.
// The sessions store enforces the graph where states are written (src/stores/sessions-store.ts).
import type { SessionState } from './types.js';

/** How many questions of each kind a session asks; fixed when the session starts. */
export interface SessionPlan {
  technical: number;
  behavioural: number;
  personal: number;
  followUps: boolean;
  /** Set when the user ended the interview before the last question. */
  endedEarly?: boolean | undefined;
  /** Fixes the question choice (INTERVIEW_SEED or `--seed`); absent → random. */
  seed?: number | undefined;
}

/**
 * Every legal move. `awaiting_cv` → the three question phases in order (a phase with a count of
 * zero is passed over) → `evaluating` (answers done, report being assembled) → `completed`.
 * `end` from any answering state goes to `evaluating` (a report of what was answered) or to
 * `aborted` when nothing was answered; an evaluating session ended early finishes as `ended`.
 */
export const TRANSITIONS: Readonly<Record<SessionState, readonly SessionState[]>> = {
  awaiting_cv: ['technical', 'behavioural', 'personal', 'evaluating', 'aborted'],
  technical: ['technical', 'behavioural', 'personal', 'evaluating', 'aborted'],
  behavioural: ['behavioural', 'personal', 'evaluating', 'aborted'],
  personal: ['personal', 'evaluating', 'aborted'],
  evaluating: ['completed', 'ended'],
  completed: [],
  ended: [],
  aborted: [],
};

/** States in which the user is still being interviewed. */
export const ANSWERING_STATES: readonly SessionState[] = [
  'awaiting_cv',
  'technical',
  'behavioural',
  'personal',
];

export type QuestionPhase = 'technical' | 'behavioural' | 'personal';
const PHASE_ORDER: readonly QuestionPhase[] = ['technical', 'behavioural', 'personal'];

/** True when the graph allows moving from `from` to `to`. */
export function canTransition(from: SessionState, to: SessionState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** True while the user is still being interviewed (one of ANSWERING_STATES). */
export function isAnswering(state: SessionState): boolean {
  return ANSWERING_STATES.includes(state);
}

/** A move the graph forbids, attempted on a session: always a bug in the caller. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly sessionId: number,
    readonly from: SessionState,
    readonly to: SessionState,
  ) {
    super(`illegal session transition ${from} → ${to} (session ${sessionId})`);
    this.name = 'IllegalTransitionError';
  }
}

/** How many main questions (follow-ups excluded) of each phase have been asked so far. */
export type PhaseCounts = Record<QuestionPhase, number>;

/** The phase of the next main question, or 'done' when the plan is complete. */
export function nextPhase(plan: SessionPlan, asked: PhaseCounts): QuestionPhase | 'done' {
  for (const phase of PHASE_ORDER) {
    if (asked[phase] < plan[phase]) return phase;
  }
  return 'done';
}

/** Total main questions in a plan. */
export function plannedTotal(plan: SessionPlan): number {
  return plan.technical + plan.behavioural + plan.personal;
}
