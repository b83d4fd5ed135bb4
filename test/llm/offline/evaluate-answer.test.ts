// Specification of the offline evaluator's scores, evidence and feedback for technical answers.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { corpus, eventLoopQuestion, indexQuestion, koreanIndexQuestion, technical } from './bank-fixture.js';

const provider = createOfflineProvider({ corpus });

describe('offline evaluator (technical answers)', () => {
  it('names itself offline with the lexical-v1 model', () => {
    expect(provider.name).toBe('offline');
    expect(provider.model).toBe('lexical-v1');
  });

  it('scores the example answer high against its own question', async () => {
    const evaluation = await provider.evaluateAnswer(technical(indexQuestion, indexQuestion.exampleAnswer));
    expect(evaluation.score).toBeGreaterThanOrEqual(9);
    expect(evaluation.keyPoints.every((point) => point.status === 'covered')).toBe(true);
    expect(evaluation.modelAnswer).toBeUndefined();
    expect(evaluation).toMatchObject({ evaluator: 'offline', degraded: false, wrongClaims: [] });
  });

  it('scores a blank answer zero with the empty pre-check', async () => {
    const evaluation = await provider.evaluateAnswer(technical(indexQuestion, '   \n '));
    expect(evaluation.score).toBe(0);
    expect(evaluation.precheck).toBe('empty');
  });

  it('scores an off-topic answer low and says it is off topic', async () => {
    const evaluation = await provider.evaluateAnswer(
      technical(
        indexQuestion,
        'My favourite framework is React because hooks make components small, and I enjoy hiking at weekends.',
      ),
    );
    expect(evaluation.score).toBeLessThanOrEqual(1);
    expect(evaluation.precheck).toBeUndefined();
    expect(evaluation.feedback).toContain('does not seem to address the question');
  });

  it('scores an answer that only repeats the question low with the restates_question pre-check', async () => {
    const evaluation = await provider.evaluateAnswer(
      technical(
        indexQuestion,
        'A database index speeds up queries, and it costs something when you query a database.',
      ),
    );
    expect(evaluation.precheck).toBe('restates_question');
    expect(evaluation.score).toBeLessThanOrEqual(1);
  });

  it('scores a partial answer between a blank one and the example answer, and shows the model answer', async () => {
    const partial = await provider.evaluateAnswer(
      technical(
        indexQuestion,
        'It keeps the values sorted in a B-tree so the database avoids a full table scan.',
      ),
    );
    expect(partial.score).toBeGreaterThanOrEqual(3);
    expect(partial.score).toBeLessThanOrEqual(7);
    expect(partial.keyPoints.some((point) => point.status === 'missing')).toBe(true);
    if (partial.score < 6) expect(partial.modelAnswer).toBe(indexQuestion.exampleAnswer);
  });

  it('quotes evidence verbatim from the answer', async () => {
    const answer =
      'Honestly, the main thing is the B-tree: sorted keys point at rows.\nSo lookups are logarithmic and there is no full table scan!  But writes get slower and it needs extra storage.';
    const evaluation = await provider.evaluateAnswer(technical(indexQuestion, answer));
    const quoted = evaluation.keyPoints.filter((point) => point.evidence !== undefined);
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    for (const point of quoted) {
      expect(point.status === 'covered' || point.status === 'partial').toBe(true);
      expect(answer).toContain(point.evidence!);
    }
  });

  it('quotes evidence from the follow-up answer when the point was made there', async () => {
    const input = {
      ...technical(
        eventLoopQuestion,
        'The event loop takes the next task from the queue once the call stack is empty.',
      ),
      followUp: {
        question: 'What about promises?',
        answer: 'Promise callbacks are microtasks and run before the next task.',
      },
    };
    const evaluation = await provider.evaluateAnswer(input);
    const microtasks = evaluation.keyPoints.find((point) => point.point.startsWith('Microtasks'));
    expect(microtasks?.status).toBe('covered');
    expect(input.followUp.answer).toContain(microtasks!.evidence!);
    expect(evaluation.followUpQuestion).toBeUndefined();
  });

  it('scores a good Korean answer high and an off-topic Korean answer low', async () => {
    const korean = (answer: string) => ({
      ...technical(koreanIndexQuestion, answer),
      language: 'ko' as const,
    });
    const good = await provider.evaluateAnswer(
      korean(
        '인덱스는 B-트리 구조로 컬럼 값을 정렬해서 저장하고 각 값이 행의 위치를 가리킵니다. 그래서 풀 테이블 스캔 없이 로그 시간에 찾을 수 있고 범위 검색과 정렬에도 유리합니다. 다만 저장 공간을 더 쓰고 쓰기 성능이 느려집니다.',
      ),
    );
    const offTopic = await provider.evaluateAnswer(
      korean(
        '저는 주말에 친구들과 등산을 자주 가고, 최근에는 사진 찍는 취미가 생겨서 카메라를 새로 샀습니다.',
      ),
    );
    expect(good.score).toBeGreaterThanOrEqual(7);
    expect(offTopic.score).toBeLessThanOrEqual(1);
    expect(good.feedback).toMatch(/[가-힣]/);
  });

  it('gives the same evaluation for the same input', async () => {
    const input = technical(
      indexQuestion,
      'A B-tree keeps keys sorted, so lookups avoid scanning; writes are slower.',
    );
    expect(await provider.evaluateAnswer(input)).toEqual(await provider.evaluateAnswer(input));
  });

  it('refuses to start when the call is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      provider.evaluateAnswer(technical(indexQuestion, 'anything at all here'), {
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });
});
