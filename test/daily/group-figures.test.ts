// Streaks, the most missed point and the weekly board, computed from what members did.
import { describe, expect, it } from 'vitest';
import { mostMissedPoint, streakOf, weeklyBoard } from '../../src/daily/group-figures.js';

describe('group figures of the question of the day', () => {
  it('counts a streak back from the newest post; days without a post do not break it', () => {
    const posted = ['2026-12-10', '2026-12-08', '2026-12-07', '2026-12-06'];
    expect(streakOf(posted, new Set(['2026-12-10', '2026-12-08', '2026-12-06']))).toBe(2);
    expect(streakOf(posted, new Set(['2026-12-08']))).toBe(0);
  });

  it('names the point most answers missed, or none', () => {
    const missing = (point: string) => ({ point, status: 'missing' as const });
    const covered = (point: string) => ({ point, status: 'covered' as const });
    expect(
      mostMissedPoint([
        { keyPoints: [covered('a'), missing('b'), missing('c')] },
        { keyPoints: [covered('a'), covered('b'), missing('c')] },
      ]),
    ).toBe('c');
    expect(mostMissedPoint([{ keyPoints: [covered('a')] }])).toBeUndefined();
  });

  it('ranks members by days answered, leaves out those who hid, and finds the weakest topic', () => {
    const board = weeklyBoard(
      [
        { userId: 'U1', displayName: 'minji', day: 'd1', topic: 'caching', score: 8 },
        { userId: 'U1', displayName: 'minji', day: 'd2', topic: 'security', score: 3 },
        { userId: 'U2', displayName: 'joon', day: 'd1', topic: 'caching', score: 6 },
        { userId: 'U3', displayName: 'sora', day: 'd1', topic: 'caching', score: 9 },
        { userId: 'U3', displayName: 'sora', day: 'd2', topic: 'security', score: 5 },
      ],
      new Set(['U3']),
    );
    expect(board.leaders).toEqual([
      { displayName: 'minji', days: 2 },
      { displayName: 'joon', days: 1 },
    ]);
    expect(board.weakestTopic).toEqual({ topic: 'security', average: 4 });
    expect(board).toMatchObject({ members: 3, answers: 5 });
  });
});
