// Put a fresh session (awaiting its CV) into any state along legal moves, for store tests' fixtures.
import type { SessionState } from '../../src/domain/types.js';
import type { SessionsStore } from '../../src/stores/sessions-store.js';

/** The states passed through, after awaiting_cv, to reach each state. */
const PATHS: Record<SessionState, SessionState[]> = {
  awaiting_cv: [],
  technical: ['technical'],
  behavioural: ['behavioural'],
  personal: ['personal'],
  evaluating: ['evaluating'],
  completed: ['evaluating', 'completed'],
  ended: ['evaluating', 'ended'],
  aborted: ['aborted'],
};

type Patch = Parameters<SessionsStore['transition']>[2];

/** Move `sessionId` from awaiting_cv to `state`; `patch` is written with the last move. True when every move landed. */
export async function driveSession(
  store: SessionsStore,
  sessionId: number,
  state: SessionState,
  patch: Omit<Patch, 'state'> = {},
  now = Date.now(),
): Promise<boolean> {
  let from: SessionState = 'awaiting_cv';
  const path = PATHS[state];
  for (const [index, to] of path.entries()) {
    const last = index === path.length - 1;
    if (!(await store.transition(sessionId, from, last ? { ...patch, state: to } : { state: to }, now))) {
      return false;
    }
    from = to;
  }
  return true;
}
