// Specification: the offline feedback says what the score says, and the lists only credit what was said.
import { describe, expect, it } from 'vitest';
import { loadLabelledPairs } from '../../../bench/key-point-set.js';
import type { Evaluation } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { detectStar } from '../../../src/llm/offline/star.js';
import type { EvaluationInput } from '../../../src/llm/types.js';
import { corpus, eventLoopQuestion, koreanIndexQuestion, technical } from './bank-fixture.js';

const provider = createOfflineProvider({ corpus });

describe('scores and words agree', async () => {
  const pairs = await loadLabelledPairs();
  const inputs = new Map<string, EvaluationInput>();
  for (const pair of pairs) {
    const q = pair.question;
    inputs.set(`${q.id}/${q.language}/${pair.answer}`, {
      kind: 'technical',
      language: q.language,
      position: q.position,
      question: q.question,
      answer: pair.answer,
      exampleAnswer: q.exampleAnswer,
      keyPoints: q.keyPoints,
    });
    inputs.set(`${q.id}/${q.language}/own`, {
      kind: 'technical',
      language: q.language,
      position: q.position,
      question: q.question,
      answer: q.exampleAnswer,
      exampleAnswer: q.exampleAnswer,
      keyPoints: q.keyPoints,
    });
  }
  const evaluations: { input: EvaluationInput; evaluation: Evaluation }[] = [];
  for (const input of inputs.values())
    evaluations.push({ input, evaluation: await provider.evaluateAnswer(input) });

  it('opens with the verdict of the score band, in both languages', () => {
    for (const { input, evaluation } of evaluations) {
      const strong = t(input.language, 'offline.band.strong');
      if (evaluation.score >= 8) expect(evaluation.feedback.startsWith(strong)).toBe(true);
      else expect(evaluation.feedback.startsWith(strong)).toBe(false);
    }
  });

  it('never lists most points as missing under a score of 8 or more', () => {
    const strong = evaluations.filter(({ evaluation }) => evaluation.score >= 8);
    expect(strong.length).toBeGreaterThan(10);
    for (const { input, evaluation } of strong) {
      const missing = evaluation.keyPoints.filter((point) => point.status === 'missing').length;
      expect(missing * 2).toBeLessThanOrEqual(evaluation.keyPoints.length);
      expect(evaluation.feedback).not.toContain(
        t(input.language, 'offline.points.missing', { points: '' }).slice(0, 6),
      );
    }
  });

  it('gives a Korean example answer a top score without a 빠진 내용 list', async () => {
    const evaluation = await provider.evaluateAnswer({
      ...technical(koreanIndexQuestion, koreanIndexQuestion.exampleAnswer),
      language: 'ko',
    });
    expect(evaluation.score).toBeGreaterThanOrEqual(9);
    expect(evaluation.feedback).not.toContain('빠진 내용');
  });

  it('does not credit a point the answer never made', async () => {
    const evaluation = await provider.evaluateAnswer(
      technical(
        eventLoopQuestion,
        'JavaScript has a single thread and one call stack. The event loop takes the next task from the queue once the call stack is empty.',
      ),
    );
    const microtasks = evaluation.keyPoints.find((point) => point.point.startsWith('Microtasks'))!;
    expect(microtasks.status).toBe('missing');
    expect(microtasks.evidence).toBeUndefined();
  });

  it('credits nothing to an answer about something else', async () => {
    const evaluation = await provider.evaluateAnswer(
      technical(eventLoopQuestion, 'I like hiking in the mountains with my friends on sunny weekends.'),
    );
    expect(evaluation.keyPoints.every((point) => point.status === 'missing')).toBe(true);
    expect(evaluation.score).toBeLessThanOrEqual(2);
  });
});

describe('CV criteria and STAR parts are judged by what they ask for', () => {
  const cvInput = (language: 'en' | 'ko', answer: string): EvaluationInput => ({
    kind: 'personal',
    language,
    position: 'be',
    question: 'Your CV mentions a payments API. How did you make it faster?',
    cvQuote: 'Cut payments API p99 latency by 60%',
    answer,
    keyPoints: [
      t(language, 'offline.cv.c.metric'),
      t(language, 'offline.cv.c.position.be'),
      t(language, 'offline.cv.c.outcome'),
    ],
  });

  it('counts an outcome with numbers as the outcome, and load tests, breakers and tracing as reliability', async () => {
    const evaluation = await provider.evaluateAnswer(
      cvInput(
        'en',
        'I profiled the payments API with k6 load tests against a baseline of 520 ms at p99. I added a cache for the currency table, put circuit breakers around the bank client and traced calls with OpenTelemetry. After the release p99 went to 210 ms and the error rate stayed under 0.1%.',
      ),
    );
    const status = (key: Parameters<typeof t>[1]) =>
      evaluation.keyPoints.find((point) => point.point === t('en', key))?.status;
    expect(status('offline.cv.c.outcome')).toBe('covered');
    expect(status('offline.cv.c.position.be')).toBe('covered');
    expect(status('offline.cv.c.metric')).toBe('covered');
    expect(evaluation.feedback).not.toContain('Missing: States the outcome');
  });

  it('does the same in Korean', async () => {
    const evaluation = await provider.evaluateAnswer(
      cvInput(
        'ko',
        '기존 p99가 520ms였던 결제 API를 k6로 부하 테스트해서 측정했습니다. 환율 테이블에 캐시를 두고 은행 연동에 서킷 브레이커를 넣었으며 OpenTelemetry로 추적했습니다. 배포 후 p99는 210ms로 줄었고 에러율은 0.1% 미만을 유지했습니다.',
      ),
    );
    const outcome = evaluation.keyPoints.find((point) => point.point === t('ko', 'offline.cv.c.outcome'));
    expect(outcome?.status).toBe('covered');
    expect(evaluation.feedback).not.toContain(`빠진 내용: ${t('ko', 'offline.cv.c.outcome')}`);
  });

  it('finds the parts of a labelled story in English and Korean', () => {
    expect(
      detectStar(
        'Situation: our exam timetable app crashed every Monday. Task: keep it up. Action: I added a queue. Result: no crash for a month.',
      ),
    ).toEqual({ situation: true, task: true, action: true, result: true });
    expect(
      detectStar(
        '상황: 매주 월요일 서버가 멈췄습니다. 과제: 안정화. 행동: 큐 도입. 결과: 한 달간 장애 없음.',
      ),
    ).toEqual({
      situation: true,
      task: true,
      action: true,
      result: true,
    });
  });

  it('counts an unlabelled outcome with numbers as a result', () => {
    expect(detectStar('We rewrote the query and p99 went to 210 ms.').result).toBe(true);
    expect(detectStar('응답 시간이 2초에서 200ms로 줄었습니다.').result).toBe(true);
    expect(detectStar('We talked about the plan for the next sprint.').result).toBe(false);
  });
});
