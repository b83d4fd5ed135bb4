// Which question a channel gets next: rotating positions, topics and difficulty, never one the channel
// has already had until every candidate has been posted. Pure: the caller supplies history and chance.
import type { Position } from '../domain/types.js';

/** The parts of a bank question the rotation looks at. */
export interface RotationCandidate {
  dbId: number;
  position: Position;
  topic: string;
  difficulty: number;
}

/** One earlier post in the channel, oldest first. */
export interface RotationHistoryEntry {
  questionId: number;
  position: string;
  topic: string;
  difficulty: number;
}

/** The difficulty cycle: easy, medium, hard, and again. */
const DIFFICULTY_CYCLE = [1, 2, 3];
/** How many recent topics to avoid repeating (fewer when the candidates have fewer topics). */
const RECENT_TOPICS = 5;

/**
 * Choose the next question. Candidates already posted in the channel are out until none is left
 * (then the cycle starts again). Among the rest, preferences are relaxed one at a time until some
 * remain: the position whose turn it is (mixed channels), a topic not among the last few, the
 * difficulty whose turn it is. `random` picks among equals.
 */
export function chooseDailyQuestion<C extends RotationCandidate>(
  candidates: readonly C[],
  history: readonly RotationHistoryEntry[],
  positions: readonly Position[],
  random: () => number,
): C | undefined {
  if (candidates.length === 0) return undefined;
  const used = new Set(history.map((entry) => entry.questionId));
  const fresh = candidates.filter((candidate) => !used.has(candidate.dbId));
  // The bank is used up: the cycle begins again, and history before it no longer steers the choice.
  const cycleStart = fresh.length === 0 ? history.length : 0;
  const pool = fresh.length > 0 ? fresh : [...candidates];
  const recent = history.slice(cycleStart);
  const turn = recent.length;

  const position = positions[turn % Math.max(positions.length, 1)];
  const topics = new Set(pool.map((candidate) => candidate.topic));
  const avoid = new Set(
    recent.slice(-Math.min(RECENT_TOPICS, Math.max(topics.size - 1, 0))).map((entry) => entry.topic),
  );
  const difficulty = DIFFICULTY_CYCLE[turn % DIFFICULTY_CYCLE.length];

  const preferences: ((candidate: C) => boolean)[] = [
    (candidate) => position === undefined || candidate.position === position,
    (candidate) => !avoid.has(candidate.topic),
    (candidate) => candidate.difficulty === difficulty,
  ];
  for (let relaxed = 0; relaxed <= preferences.length; relaxed += 1) {
    const kept = preferences.slice(0, preferences.length - relaxed);
    const matching = pool.filter((candidate) => kept.every((prefers) => prefers(candidate)));
    if (matching.length > 0) return matching[Math.floor(random() * matching.length) % matching.length];
  }
  return pool[0];
}
