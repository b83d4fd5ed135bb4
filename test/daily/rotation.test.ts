// The rotation never repeats a question in a channel until the bank is used up, and varies topic,
// difficulty and (mixed channels) position from one day to the next.
import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/domain/types.js';
import { chooseDailyQuestion, type RotationHistoryEntry } from '../../src/daily/rotation.js';

const bank = (['be', 'fe'] as Position[]).flatMap((position, p) =>
  ['databases', 'caching', 'security'].flatMap((topic, t) =>
    [1, 2, 3].map((difficulty) => ({ dbId: p * 100 + t * 10 + difficulty, position, topic, difficulty })),
  ),
);

function runDays(days: number, positions: Position[], random = () => 0.3) {
  const history: RotationHistoryEntry[] = [];
  for (let day = 0; day < days; day += 1) {
    const chosen = chooseDailyQuestion(bank, history, positions, random)!;
    history.push({
      questionId: chosen.dbId,
      position: chosen.position,
      topic: chosen.topic,
      difficulty: chosen.difficulty,
    });
  }
  return history;
}

describe('daily question rotation', () => {
  it('uses every question once before any repeats', () => {
    const history = runDays(bank.length, ['be', 'fe']);
    expect(new Set(history.map((h) => h.questionId)).size).toBe(bank.length);
    const next = runDays(bank.length + 1, ['be', 'fe']).at(-1)!;
    expect(bank.map((q) => q.dbId)).toContain(next.questionId);
  });

  it('alternates positions in a mixed channel and never repeats yesterday’s topic while others are left', () => {
    const history = runDays(6, ['be', 'fe']);
    expect(history.map((h) => h.position)).toEqual(['be', 'fe', 'be', 'fe', 'be', 'fe']);
    for (let i = 1; i < history.length; i += 1) expect(history[i]!.topic).not.toBe(history[i - 1]!.topic);
  });

  it('cycles difficulty easy, medium, hard while topics still vary', () => {
    const bigger = [0, 1, 2].flatMap((variant) => bank.map((q) => ({ ...q, dbId: q.dbId + variant * 1000 })));
    const history: RotationHistoryEntry[] = [];
    for (let day = 0; day < 6; day += 1) {
      const chosen = chooseDailyQuestion(bigger, history, ['be'], () => 0.3)!;
      history.push({
        questionId: chosen.dbId,
        position: chosen.position,
        topic: chosen.topic,
        difficulty: chosen.difficulty,
      });
    }
    expect(history.map((h) => h.difficulty)).toEqual([1, 2, 3, 1, 2, 3]);
    for (let i = 1; i < history.length; i += 1) expect(history[i]!.topic).not.toBe(history[i - 1]!.topic);
  });

  it('keeps to the chosen position', () => {
    expect(new Set(runDays(9, ['fe']).map((h) => h.position))).toEqual(new Set(['fe']));
  });

  it('has nothing to offer from an empty bank', () => {
    expect(chooseDailyQuestion([], [], ['be'], Math.random)).toBeUndefined();
  });
});
