// The interview's state graph as a specification: which moves exist, and which never may.
import { describe, expect, it } from 'vitest';
import {
  ANSWERING_STATES,
  canTransition,
  isAnswering,
  nextPhase,
  TRANSITIONS,
} from '../../src/domain/session-states.js';
import { SESSION_STATES, type SessionState } from '../../src/domain/types.js';

const PLAN = { technical: 2, behavioural: 1, personal: 1, followUps: false };

describe('session state graph', () => {
  it('names a list of moves for every state there is', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...SESSION_STATES].sort());
  });

  it.each<[SessionState, SessionState]>([
    ['awaiting_cv', 'technical'],
    ['awaiting_cv', 'personal'],
    ['technical', 'technical'],
    ['technical', 'behavioural'],
    ['behavioural', 'personal'],
    ['personal', 'evaluating'],
    ['awaiting_cv', 'aborted'],
    ['evaluating', 'completed'],
    ['evaluating', 'ended'],
  ])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each<[SessionState, SessionState]>([
    ['behavioural', 'technical'],
    ['personal', 'behavioural'],
    ['awaiting_cv', 'completed'],
    ['technical', 'completed'],
    ['evaluating', 'technical'],
    ['evaluating', 'aborted'],
    ['completed', 'evaluating'],
    ['ended', 'completed'],
    ['aborted', 'technical'],
  ])('forbids %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('lets nothing leave a finished session', () => {
    for (const state of ['completed', 'ended', 'aborted'] as const) expect(TRANSITIONS[state]).toEqual([]);
  });

  it('counts exactly the states before evaluation as answering', () => {
    expect(ANSWERING_STATES).toEqual(['awaiting_cv', 'technical', 'behavioural', 'personal']);
    expect(SESSION_STATES.filter(isAnswering)).toEqual([...ANSWERING_STATES]);
  });

  it('walks the phases in order, passing over a phase with no questions', () => {
    expect(nextPhase(PLAN, { technical: 0, behavioural: 0, personal: 0 })).toBe('technical');
    expect(nextPhase(PLAN, { technical: 2, behavioural: 0, personal: 0 })).toBe('behavioural');
    expect(nextPhase({ ...PLAN, behavioural: 0 }, { technical: 2, behavioural: 0, personal: 0 })).toBe(
      'personal',
    );
    expect(nextPhase(PLAN, { technical: 2, behavioural: 1, personal: 1 })).toBe('done');
  });
});
