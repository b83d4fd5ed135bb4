// Specification of STAR detection and the behavioural score built on it, in English and Korean.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { detectStar } from '../../../src/llm/offline/star.js';
import { conflictQuestion, corpus } from './bank-fixture.js';

const provider = createOfflineProvider({ corpus });

const fullStory =
  'When I was an intern at a logistics startup, a senior teammate and I disagreed about adding a message queue. ' +
  'My task was to ship notifications in three weeks. I proposed a one-day load test and ran it myself. ' +
  'As a result we kept the simple design, shipped on time, and I learned to settle arguments with data.';

const koreanStory =
  '작년 인턴 당시 선배와 메시지 큐 도입을 두고 의견이 달랐습니다. 제 역할은 3주 안에 알림 기능을 완성하는 것이었습니다. ' +
  '그래서 저는 하루 동안 부하 테스트를 직접 진행했습니다. 결과적으로 단순한 구조를 유지하고 제때 배포했습니다.';

describe('STAR detection', () => {
  it('finds all four parts of an English story', () => {
    expect(detectStar(fullStory)).toEqual({ situation: true, task: true, action: true, result: true });
  });

  it('finds all four parts of a Korean story', () => {
    expect(detectStar(koreanStory)).toEqual({ situation: true, task: true, action: true, result: true });
  });

  it('reports the parts a story lacks', () => {
    const star = detectStar(
      'In my capstone project my role was the backend, so I decided to compare both databases.',
    );
    expect(star).toEqual({ situation: true, task: true, action: true, result: false });
    expect(detectStar('Teams need trust and respect.')).toEqual({
      situation: false,
      task: false,
      action: false,
      result: false,
    });
  });
});

describe('offline evaluator (behavioural answers)', () => {
  const behavioural = (answer: string, language: 'en' | 'ko' = 'en') => ({
    kind: 'behavioural' as const,
    language,
    position: 'be' as const,
    question: conflictQuestion.question,
    answer,
    exampleAnswer: conflictQuestion.exampleAnswer,
    keyPoints: conflictQuestion.keyPoints,
  });

  it('scores a complete, specific story high and fills star', async () => {
    const evaluation = await provider.evaluateAnswer(behavioural(fullStory));
    expect(evaluation.score).toBeGreaterThanOrEqual(7);
    expect(evaluation.star).toEqual({ situation: true, task: true, action: true, result: true });
  });

  it('scores a generic answer without a story low and names the missing STAR parts', async () => {
    const evaluation = await provider.evaluateAnswer(
      behavioural(
        'Disagreement is natural. Teams need communication, trust and respect between all the people in them.',
      ),
    );
    expect(evaluation.score).toBeLessThanOrEqual(3);
    expect(evaluation.feedback).toContain('Missing STAR parts: situation, task, action, result');
  });

  it('names missing STAR parts in Korean for a Korean session', async () => {
    const evaluation = await provider.evaluateAnswer(
      behavioural(
        '캡스톤 프로젝트 때 팀원과 데이터베이스 선택으로 의견이 달라서 제가 두 가지를 비교해 보였습니다.',
        'ko',
      ),
    );
    expect(evaluation.star?.result).toBe(false);
    expect(evaluation.feedback).toContain('빠진 STAR 요소');
    expect(evaluation.feedback).toContain('결과');
  });
});
