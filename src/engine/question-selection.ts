// Pure choice of the next bank question: no repeats while the bank lasts, weak topics come back,
// topics spread within a session, difficulty follows how the user is doing.
import type { BehaviouralQuestion, TechnicalQuestion } from '../domain/types.js';

export type Candidate<Q> = Q & { dbId: number };

export interface TechnicalChoiceInput {
  candidates: Candidate<TechnicalQuestion>[];
  /** Bank ids this user was asked in any earlier session for this position. */
  askedBefore: ReadonlySet<number>;
  /** Bank ids already asked in this session (never repeated within a session). */
  askedInSession: ReadonlySet<number>;
  /** Topics already covered in this session. */
  sessionTopics: ReadonlySet<string>;
  /** Average past score per topic (0–10); low ones are brought back. */
  topicScores: ReadonlyMap<string, number>;
  targetDifficulty: 1 | 2 | 3;
  /** A value in [0, 1) used to break ties, so tests can be deterministic. */
  random: () => number;
}

/** Scores below this bring a topic back in later sessions (spaced repetition). */
export const WEAK_TOPIC_SCORE = 5;

/** Choose the next technical question, or undefined when the bank has nothing left for this session. */
export function chooseTechnicalQuestion(
  input: TechnicalChoiceInput,
): Candidate<TechnicalQuestion> | undefined {
  const open = input.candidates.filter((q) => !input.askedInSession.has(q.dbId));
  if (open.length === 0) return undefined;
  const unseen = open.filter((q) => !input.askedBefore.has(q.dbId));
  // Repeats only once this position's bank is used up.
  const pool = unseen.length > 0 ? unseen : open;
  let best: Candidate<TechnicalQuestion> | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const q of pool) {
    const past = input.topicScores.get(q.topic);
    let score = 0;
    if (past !== undefined && past < WEAK_TOPIC_SCORE) score += 3;
    if (!input.sessionTopics.has(q.topic)) score += 2;
    score -= Math.abs(q.difficulty - input.targetDifficulty) * 1.5;
    score += input.random();
    if (score > bestScore) {
      bestScore = score;
      best = q;
    }
  }
  return best;
}

/** Move the target difficulty after an answer: up after a strong one, down after a weak one. */
export function adaptDifficulty(current: 1 | 2 | 3, lastScore: number | undefined): 1 | 2 | 3 {
  if (lastScore === undefined) return current;
  if (lastScore >= 8) return Math.min(3, current + 1) as 1 | 2 | 3;
  if (lastScore <= 4) return Math.max(1, current - 1) as 1 | 2 | 3;
  return current;
}

/** Choose a behavioural question: unseen first, a competency not practised recently preferred. */
export function chooseBehaviouralQuestion(input: {
  candidates: Candidate<BehaviouralQuestion>[];
  askedBefore: ReadonlySet<number>;
  askedInSession: ReadonlySet<number>;
  recentCompetencies: ReadonlySet<string>;
  random: () => number;
}): Candidate<BehaviouralQuestion> | undefined {
  const open = input.candidates.filter((q) => !input.askedInSession.has(q.dbId));
  if (open.length === 0) return undefined;
  const unseen = open.filter((q) => !input.askedBefore.has(q.dbId));
  const pool = unseen.length > 0 ? unseen : open;
  let best: Candidate<BehaviouralQuestion> | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const q of pool) {
    const score = (input.recentCompetencies.has(q.competency) ? 0 : 2) + input.random();
    if (score > bestScore) {
      bestScore = score;
      best = q;
    }
  }
  return best;
}
