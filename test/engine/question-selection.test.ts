// Specification of choosing bank questions: no repeats while the bank lasts, topics spread, weak topics
// come back, difficulty follows the user, and a seed reproduces every choice.
import { describe, expect, it } from 'vitest';
import type { BehaviouralQuestion, TechnicalQuestion } from '../../src/domain/types.js';
import {
  adaptDifficulty,
  type Candidate,
  chooseBehaviouralQuestion,
  chooseTechnicalQuestion,
  type TechnicalChoiceInput,
  WEAK_TOPIC_SCORE,
} from '../../src/engine/question-selection.js';
import { seededRandom } from '../../src/math/seeded-random.js';

let nextId = 0;
function technical(topic: string, difficulty: 1 | 2 | 3 = 2): Candidate<TechnicalQuestion> {
  const dbId = ++nextId;
  return {
    dbId,
    id: `be-${dbId}`,
    kind: 'technical',
    position: 'be',
    topic,
    difficulty,
    language: 'en',
    question: `Question ${dbId} on ${topic}?`,
    exampleAnswer: '',
    keyPoints: [],
    workspaceId: null,
  };
}

function behavioural(competency: string): Candidate<BehaviouralQuestion> {
  const dbId = ++nextId;
  return {
    dbId,
    id: `beh-${dbId}`,
    kind: 'behavioural',
    competency,
    language: 'en',
    question: `Story ${dbId} about ${competency}?`,
    exampleAnswer: '',
    keyPoints: [],
    workspaceId: null,
  };
}

const SEEDS = [1, 2, 3, 42, 1234, 99_999];

/** Run one session of `count` technical questions the way the engine does, returning what was asked. */
function runSession(
  base: Omit<TechnicalChoiceInput, 'askedInSession' | 'sessionTopics'>,
  count: number,
): Candidate<TechnicalQuestion>[] {
  const asked: Candidate<TechnicalQuestion>[] = [];
  for (let n = 0; n < count; n++) {
    const chosen = chooseTechnicalQuestion({
      ...base,
      askedInSession: new Set(asked.map((q) => q.dbId)),
      sessionTopics: new Set(asked.map((q) => q.topic)),
    });
    if (!chosen) break;
    asked.push(chosen);
  }
  return asked;
}

describe('technical question choice', () => {
  it('asks nothing twice across sessions until the position’s bank is used up, then repeats', () => {
    const bank = ['databases', 'caching', 'os'].flatMap((topic) => [technical(topic), technical(topic)]);
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      const seen = new Set<number>();
      const base = { candidates: bank, topicScores: new Map(), targetDifficulty: 2 as const, random };
      for (let session = 0; session < 3; session++) {
        const asked = runSession({ ...base, askedBefore: new Set(seen) }, 2);
        for (const q of asked) {
          expect(seen.has(q.dbId), `seed ${seed}, session ${session}`).toBe(false);
          seen.add(q.dbId);
        }
      }
      expect(seen.size).toBe(bank.length);
      const fourth = runSession({ ...base, askedBefore: new Set(seen) }, 2);
      expect(fourth).toHaveLength(2);
      expect(new Set(fourth.map((q) => q.dbId)).size).toBe(2);
    }
  });

  it('prefers the unseen questions left over seen ones, even from a covered topic', () => {
    const seenQuestion = technical('os');
    const unseen = technical('databases');
    const chosen = chooseTechnicalQuestion({
      candidates: [seenQuestion, unseen],
      askedBefore: new Set([seenQuestion.dbId]),
      askedInSession: new Set(),
      sessionTopics: new Set(['databases']),
      topicScores: new Map(),
      targetDifficulty: 2,
      random: seededRandom(7),
    });
    expect(chosen).toBe(unseen);
  });

  it('never repeats within a session, and has nothing to ask once every candidate was asked in it', () => {
    const bank = [technical('os'), technical('os')];
    const asked = runSession(
      {
        candidates: bank,
        askedBefore: new Set(bank.map((q) => q.dbId)),
        topicScores: new Map(),
        targetDifficulty: 2,
        random: seededRandom(3),
      },
      5,
    );
    expect(asked.map((q) => q.dbId).sort()).toEqual(bank.map((q) => q.dbId).sort());
  });

  it('spreads a session over the position’s topics before coming back to one', () => {
    const topics = ['databases', 'caching', 'os', 'networking'];
    const bank = topics.flatMap((topic) => [technical(topic), technical(topic), technical(topic)]);
    for (const seed of SEEDS) {
      const asked = runSession(
        {
          candidates: bank,
          askedBefore: new Set(),
          topicScores: new Map(),
          targetDifficulty: 2,
          random: seededRandom(seed),
        },
        4,
      );
      expect(new Set(asked.map((q) => q.topic)).size, `seed ${seed}`).toBe(4);
    }
  });

  it('brings back a topic the user averaged below 5 on in earlier sessions', () => {
    const bank = ['databases', 'caching', 'os', 'security'].flatMap((topic) => [
      technical(topic),
      technical(topic),
    ]);
    const topicScores = new Map([
      ['caching', WEAK_TOPIC_SCORE - 1.5],
      ['databases', 8],
      ['os', WEAK_TOPIC_SCORE],
    ]);
    for (const seed of SEEDS) {
      const [first] = runSession(
        {
          candidates: bank,
          askedBefore: new Set(),
          topicScores,
          targetDifficulty: 2,
          random: seededRandom(seed),
        },
        1,
      );
      expect(first?.topic, `seed ${seed}`).toBe('caching');
    }
  });

  it('chooses the difficulty closest to the target', () => {
    const bank = [technical('os', 1), technical('caching', 2), technical('databases', 3)];
    for (const target of [1, 2, 3] as const) {
      for (const seed of SEEDS) {
        const chosen = chooseTechnicalQuestion({
          candidates: bank,
          askedBefore: new Set(),
          askedInSession: new Set(),
          sessionTopics: new Set(),
          topicScores: new Map(),
          targetDifficulty: target,
          random: seededRandom(seed),
        });
        expect(chosen?.difficulty, `target ${target}, seed ${seed}`).toBe(target);
      }
    }
  });

  it('makes the same choices for the same seed', () => {
    const bank = ['databases', 'caching', 'os', 'networking', 'security'].flatMap((topic) =>
      [1, 2, 3].map((d) => technical(topic, d as 1 | 2 | 3)),
    );
    const sequence = (seed: number) =>
      runSession(
        {
          candidates: bank,
          askedBefore: new Set(),
          topicScores: new Map(),
          targetDifficulty: 2,
          random: seededRandom(seed),
        },
        5,
      ).map((q) => q.dbId);
    for (const seed of SEEDS) expect(sequence(seed)).toEqual(sequence(seed));
    const distinct = new Set(SEEDS.map((seed) => sequence(seed).join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });
});

describe('difficulty adaptation', () => {
  it('steps up after a strong answer (8 or more) and down after a weak one (4 or less)', () => {
    expect(adaptDifficulty(2, 8)).toBe(3);
    expect(adaptDifficulty(2, 10)).toBe(3);
    expect(adaptDifficulty(2, 4)).toBe(1);
    expect(adaptDifficulty(2, 0)).toBe(1);
    expect(adaptDifficulty(2, 7.9)).toBe(2);
    expect(adaptDifficulty(2, 4.1)).toBe(2);
  });

  it('stays within 1–3 and keeps the target when there is no score yet', () => {
    expect(adaptDifficulty(3, 9)).toBe(3);
    expect(adaptDifficulty(1, 2)).toBe(1);
    expect(adaptDifficulty(2, undefined)).toBe(2);
  });

  it('walks a session’s questions up as the answers get better', () => {
    const bank = ['databases', 'caching', 'os'].flatMap((topic) =>
      [1, 2, 3].map((d) => technical(topic, d as 1 | 2 | 3)),
    );
    let target: 1 | 2 | 3 = 1;
    const asked: Candidate<TechnicalQuestion>[] = [];
    for (const score of [9, 9, undefined]) {
      const chosen = chooseTechnicalQuestion({
        candidates: bank,
        askedBefore: new Set(),
        askedInSession: new Set(asked.map((q) => q.dbId)),
        sessionTopics: new Set(asked.map((q) => q.topic)),
        topicScores: new Map(),
        targetDifficulty: target,
        random: seededRandom(5),
      })!;
      asked.push(chosen);
      target = adaptDifficulty(target, score);
    }
    expect(asked.map((q) => q.difficulty)).toEqual([1, 2, 3]);
  });
});

describe('behavioural question choice', () => {
  it('prefers a competency not practised recently, and unseen questions first', () => {
    const recent = behavioural('conflict');
    const fresh = behavioural('ownership');
    const seenFresh = behavioural('leadership');
    for (const seed of SEEDS) {
      const chosen = chooseBehaviouralQuestion({
        candidates: [recent, fresh, seenFresh],
        askedBefore: new Set([seenFresh.dbId]),
        askedInSession: new Set(),
        recentCompetencies: new Set(['conflict']),
        random: seededRandom(seed),
      });
      expect(chosen, `seed ${seed}`).toBe(fresh);
    }
  });

  it('repeats once every question was asked before, but never one asked in this session', () => {
    const [a, b] = [behavioural('growth'), behavioural('growth')];
    const choose = (askedInSession: number[]) =>
      chooseBehaviouralQuestion({
        candidates: [a!, b!],
        askedBefore: new Set([a!.dbId, b!.dbId]),
        askedInSession: new Set(askedInSession),
        recentCompetencies: new Set(),
        random: seededRandom(11),
      });
    expect(choose([a!.dbId])).toBe(b);
    expect(choose([a!.dbId, b!.dbId])).toBeUndefined();
  });
});

describe('seeded random', () => {
  it('gives the same numbers in [0, 1) for the same seed', () => {
    const first = seededRandom(2026);
    const second = seededRandom(2026);
    for (let n = 0; n < 1000; n++) {
      const value = first();
      expect(value).toBe(second());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
