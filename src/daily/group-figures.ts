// What the group did, computed from stored rows: a member's streak, the most missed point, the weekly board.
import type { KeyPointResult } from '../domain/types.js';

/**
 * Consecutive days answered, counting back from the newest posted day. Days with no post (the bot
 * was down, or the channel was off) neither count nor break the streak.
 */
export function streakOf(
  postedDaysNewestFirst: readonly string[],
  answeredDays: ReadonlySet<string>,
): number {
  let streak = 0;
  for (const day of new Set(postedDaysNewestFirst)) {
    if (!answeredDays.has(day)) break;
    streak += 1;
  }
  return streak;
}

/** The key point most answers missed (or got wrong); ties go to the earlier point. Undefined when none was missed. */
export function mostMissedPoint(
  evaluations: readonly { keyPoints: readonly KeyPointResult[] }[],
): string | undefined {
  const counts = new Map<string, number>();
  for (const evaluation of evaluations) {
    for (const result of evaluation.keyPoints) {
      const missed = result.status === 'missing' || result.status === 'incorrect';
      counts.set(result.point, (counts.get(result.point) ?? 0) + (missed ? 1 : 0));
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (entry[1] > 0 && (!best || entry[1] > best[1])) best = entry;
  return best?.[0];
}

/** One answer of the week, as the board reads it. */
export interface WeekAnswer {
  userId: string;
  displayName: string;
  day: string;
  topic: string;
  score: number | null;
}

export interface WeeklyBoard {
  /** Members who answered most days, best first; members who asked not to be named are left out. */
  leaders: { displayName: string; days: number }[];
  /** The topic with the lowest average score, when any answer was scored. */
  weakestTopic?: { topic: string; average: number } | undefined;
  /** Everyone who answered at least once, named or not. */
  members: number;
  answers: number;
}

/** The week's board from its answers. */
export function weeklyBoard(
  answers: readonly WeekAnswer[],
  hidden: ReadonlySet<string>,
  top = 5,
): WeeklyBoard {
  const days = new Map<string, { name: string; days: Set<string> }>();
  const topics = new Map<string, number[]>();
  for (const answer of answers) {
    const member = days.get(answer.userId) ?? { name: answer.displayName, days: new Set<string>() };
    member.days.add(answer.day);
    days.set(answer.userId, member);
    if (answer.score !== null) topics.set(answer.topic, [...(topics.get(answer.topic) ?? []), answer.score]);
  }
  const leaders = [...days]
    .filter(([userId]) => !hidden.has(userId))
    .map(([, member]) => ({ displayName: member.name, days: member.days.size }))
    .sort((a, b) => b.days - a.days || a.displayName.localeCompare(b.displayName))
    .slice(0, top);
  let weakestTopic: WeeklyBoard['weakestTopic'];
  for (const [topic, scores] of topics) {
    const average = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    if (!weakestTopic || average < weakestTopic.average) weakestTopic = { topic, average };
  }
  return { leaders, weakestTopic, members: days.size, answers: answers.length };
}
