// Quotes must occur in the answer; an evaluation whose evidence does not hold up is rejected.
import { describe, expect, it } from 'vitest';
import {
  checkEvidence,
  keepGroundedQuestions,
  quoteOccursIn,
  normaliseForQuote,
} from '../../../src/llm/openai/evidence.js';
import type { EvaluationReply } from '../../../src/llm/schemas.js';

const ANSWER = 'I’d use a B-tree index.\nIt  avoids a FULL table scan, but writes get slower.';

function reply(
  score: number,
  points: [string, EvaluationReply['keyPoints'][number]['status'], string | null][],
): EvaluationReply {
  return {
    keyPoints: points.map(([point, status, evidence]) => ({ point, status, evidence })),
    wrongClaims: [],
    score,
    feedback: 'f',
    modelAnswer: null,
    followUpQuestion: null,
    star: null,
  };
}

describe('quote matching', () => {
  it('ignores case, curly quotes, whitespace and edge punctuation', () => {
    const source = normaliseForQuote(ANSWER);
    expect(quoteOccursIn("I'd use a b-tree index", source)).toBe(true);
    expect(quoteOccursIn('"avoids a full table scan,"', source)).toBe(true);
    expect(quoteOccursIn('index. It avoids', source)).toBe(true);
  });

  it('accepts fragments joined by an ellipsis only when each occurs', () => {
    const source = normaliseForQuote(ANSWER);
    expect(quoteOccursIn('B-tree index … writes get slower', source)).toBe(true);
    expect(quoteOccursIn('B-tree index ... reads get slower', source)).toBe(false);
  });

  it('rejects quotes too short to prove anything', () => {
    expect(quoteOccursIn('I', normaliseForQuote(ANSWER))).toBe(false);
  });
});

describe('evidence check', () => {
  it('drops a made-up quote and keeps the evaluation when most quotes are real', () => {
    const check = checkEvidence(
      reply(7, [
        ['tree', 'covered', 'a B-tree index'],
        ['scan', 'covered', 'avoids a full table scan'],
        ['cost', 'partial', 'indexes cost nothing'],
      ]),
      ANSWER,
      3,
    );
    expect(check.problem).toBeUndefined();
    expect(check.keyPoints.map((point) => point.evidence)).toEqual([
      'a B-tree index',
      'avoids a full table scan',
      undefined,
    ]);
    expect(check).toMatchObject({ quotesGiven: 3, quotesDropped: 1 });
  });

  it('rejects an evaluation whose quotes are mostly made up', () => {
    const check = checkEvidence(
      reply(4, [
        ['tree', 'covered', 'I used LSM trees'],
        ['scan', 'partial', 'hash partitioning'],
        ['cost', 'covered', 'writes get slower'],
      ]),
      ANSWER,
      3,
    );
    expect(check.problem).toMatch(/2 of 3 quotes/);
  });

  it('rejects a high score with no surviving quote for a covered point', () => {
    const check = checkEvidence(reply(9, [['tree', 'covered', 'quantum indexing']]), ANSWER, 1);
    expect(check.problem).toMatch(/score 9/);
  });

  it('accepts a low score without quotes', () => {
    expect(checkEvidence(reply(2, [['tree', 'missing', null]]), ANSWER, 1).problem).toBeUndefined();
  });

  it('rejects a reply that judged none of the key points', () => {
    expect(checkEvidence(reply(3, []), ANSWER, 2).problem).toBe('no key point was judged');
  });
});

describe('grounded cv questions', () => {
  it('keeps questions whose quote is in the CV and drops duplicates', () => {
    const cv = 'Led migration of 40 services to Kubernetes\nBuilt a rate limiter in Go';
    const { kept, discarded } = keepGroundedQuestions(
      [
        { question: 'Why Kubernetes?', quote: 'migration of 40 services to Kubernetes' },
        { question: 'why kubernetes?', quote: 'Built a rate limiter in Go' },
        { question: 'Your PhD?', quote: 'PhD in physics' },
      ],
      cv,
    );
    expect(kept.map((question) => question.question)).toEqual(['Why Kubernetes?']);
    expect(discarded).toBe(2);
  });
});
