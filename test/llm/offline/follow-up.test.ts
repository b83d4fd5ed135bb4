// Specification of the instant follow-up decision: when the interviewer asks one, and in whose words.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedBank } from '../../../src/bank/load-seed-bank.js';
import type { TechnicalQuestion } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { type AnswerAnalyser, createAnswerAnalyser } from '../../../src/llm/offline/analyse-answer.js';
import { chooseFollowUp } from '../../../src/llm/offline/follow-up.js';
import type { EvaluationInput } from '../../../src/llm/types.js';
import { eventLoopQuestion, technical } from './bank-fixture.js';

const partialAnswer =
  'JavaScript has a single thread and one call stack. The event loop takes the next task from the queue once the call stack is empty.';

let technicalBank: TechnicalQuestion[];
/** Bank-wide IDF, as the engine builds it in create-core. */
let analyser: AnswerAnalyser;
beforeAll(async () => {
  const bank = await loadSeedBank();
  technicalBank = bank.technical;
  analyser = createAnswerAnalyser({
    corpus: [...bank.technical, ...bank.behavioural].map((q) =>
      [q.question, q.exampleAnswer, ...q.keyPoints].join('\n'),
    ),
  });
});

const bankRow = (id: string, language: 'en' | 'ko') => {
  const row = technicalBank.find((q) => q.id === id && q.language === language);
  if (!row) throw new Error(`no bank row ${id} ${language}`);
  return row;
};

/** What the engine passes for a bank question (see evaluation-input.ts). */
function bankInput(row: TechnicalQuestion, answer: string): EvaluationInput {
  return {
    kind: 'technical',
    language: row.language,
    position: row.position,
    question: row.question,
    answer,
    exampleAnswer: row.exampleAnswer,
    keyPoints: row.keyPoints,
    followUpQuestions: row.followUps,
  };
}

/** The first half of the example answer's sentences: on topic, with some points left out. */
function halfOfExample(row: TechnicalQuestion): string {
  const sentences = row.exampleAnswer.split(/(?<=[.!?])\s+/);
  return sentences.slice(0, Math.ceil(sentences.length / 2)).join(' ');
}

describe('follow-up decision', () => {
  it("asks the bank's own follow-up for the missing point of a rate limiter answer", () => {
    const row = bankRow('be-api-010', 'en');
    const answer =
      'I would identify each caller by API key, or by IP for anonymous traffic, and give each key a token bucket: capacity for bursts and a refill rate for the average. When a caller runs out I return 429 Too Many Requests with a Retry-After header, and the X-RateLimit headers show how much quota remains so clients can back off with jitter.';
    const followUp = chooseFollowUp(bankInput(row, answer), analyser);
    expect(followUp).toBeDefined();
    const index = row.keyPoints.indexOf(followUp!.point);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(followUp!.question).toBe(row.followUps![index]);
    expect(followUp!.question).toBe('With many API servers, where do the counters live?');
  });

  it('never asks about a point the answer covered, and always asks in the bank’s words (400 bank questions)', () => {
    const rows = technicalBank.slice(0, 400);
    let asked = 0;
    for (const row of rows) {
      const input = bankInput(row, halfOfExample(row));
      const followUp = chooseFollowUp(input, analyser);
      if (!followUp) continue;
      asked += 1;
      const judged = analyser(input).points.find((point) => point.point === followUp.point);
      expect(judged?.status, `${row.id} ${row.language}`).toBe('missing');
      expect(followUp.question).toBe(row.followUps![row.keyPoints.indexOf(followUp.point)]);
      expect(followUp.question.toLowerCase()).not.toContain(followUp.point.toLowerCase());
    }
    expect(asked).toBeGreaterThan(rows.length / 4);
  });

  it('does not ask the k6 / circuit breaker / OpenTelemetry story about load, failures or monitoring', () => {
    const quote = 'Built the payment service for a campus marketplace (Node.js, PostgreSQL)';
    const scaleAndReliability = t('en', 'offline.cv.c.position.be');
    const input: EvaluationInput = {
      kind: 'personal',
      language: 'en',
      position: 'be',
      question: `${t('en', 'offline.cv.q.project', { quote })} ${t('en', 'offline.cv.angle.be')}`,
      cvQuote: quote,
      answer:
        'I owned the checkout API end to end. Before launch I ran k6 load tests up to 800 requests per second, wrapped the calls to the card processor in circuit breakers with timeouts and retries, and traced every request with OpenTelemetry into Grafana so we could see p99 latency per endpoint. p99 went to 210 ms and the error rate stayed under 0.1%.',
      keyPoints: [t('en', 'offline.cv.c.project'), scaleAndReliability, t('en', 'offline.cv.c.outcome')],
    };
    const followUp = chooseFollowUp(input, analyser);
    expect(followUp?.point).not.toBe(scaleAndReliability);
    expect(followUp?.question ?? '').not.toContain('Addresses scale');
  });

  it('asks about a missing CV criterion as an interviewer would, without reading the criterion out', () => {
    const quote = 'Built the payment service for a campus marketplace with Node.js and PostgreSQL';
    const input: EvaluationInput = {
      kind: 'personal',
      language: 'en',
      position: 'be',
      question: `${t('en', 'offline.cv.q.project', { quote })} ${t('en', 'offline.cv.angle.be')}`,
      cvQuote: quote,
      answer:
        'The payment service for the campus marketplace was mine: I designed the Node.js checkout API and the PostgreSQL schema for orders and refunds myself, while a teammate built the web pages. We launched before the spring festival and I learnt to write migrations carefully.',
      keyPoints: [
        t('en', 'offline.cv.c.project'),
        t('en', 'offline.cv.c.position.be'),
        t('en', 'offline.cv.c.outcome'),
      ],
    };
    const followUp = chooseFollowUp(input, analyser);
    expect(followUp).toBeDefined();
    expect(input.keyPoints).toContain(followUp!.point);
    expect(followUp!.question).not.toContain(followUp!.point);
    expect(followUp!.question).toMatch(/\?$/);
  });

  it('words a question without follow-ups of its own from a template that never quotes the point', () => {
    const followUp = chooseFollowUp(technical(eventLoopQuestion, partialAnswer));
    expect(followUp).toBeDefined();
    expect(eventLoopQuestion.keyPoints).toContain(followUp!.point);
    expect(followUp!.question).not.toContain(followUp!.point);
    expect(followUp!.question).toMatch(/\?$/);
  });

  it('asks in Korean for a Korean session, from the bank or the Korean template', () => {
    const korean = chooseFollowUp({ ...technical(eventLoopQuestion, partialAnswer), language: 'ko' });
    expect(korean!.question).toMatch(/[가-힣]/);
    const row = bankRow('be-cache-002', 'ko');
    const followUp = chooseFollowUp(bankInput(row, halfOfExample(row)), analyser);
    if (followUp) expect(row.followUps).toContain(followUp.question);
  });

  it('does not ask after a complete answer', () => {
    expect(chooseFollowUp(technical(eventLoopQuestion, eventLoopQuestion.exampleAnswer))).toBeUndefined();
  });

  it('does not ask after an empty, gibberish or off-topic answer', () => {
    expect(chooseFollowUp(technical(eventLoopQuestion, ''))).toBeUndefined();
    expect(chooseFollowUp(technical(eventLoopQuestion, 'asdf qwer zxcv hjkl'))).toBeUndefined();
    expect(
      chooseFollowUp(
        technical(eventLoopQuestion, 'I like hiking in the mountains with my friends on sunny weekends.'),
      ),
    ).toBeUndefined();
  });

  it('never follows up a follow-up answer', () => {
    const input = {
      ...technical(eventLoopQuestion, partialAnswer),
      followUp: { question: 'What about promises?', answer: 'I am not sure about those.' },
    };
    expect(chooseFollowUp(input)).toBeUndefined();
  });

  it('asks a behavioural story without a result how it ended', () => {
    const followUp = chooseFollowUp({
      kind: 'behavioural',
      language: 'en',
      position: 'be',
      question: 'Tell me about a time you disagreed with a teammate.',
      answer:
        'In my capstone project my role was the backend, so I decided to compare both databases with our data.',
      keyPoints: [],
    });
    expect(followUp?.question).toMatch(/result/);
  });

  it("asks a bank story without a result the question's own outcome follow-up, in English and Korean", async () => {
    const bank = await loadSeedBank();
    const story = (language: 'en' | 'ko') =>
      bank.behavioural.find((q) => q.id === 'beh-adapt-01' && q.language === language)!;
    const input = (language: 'en' | 'ko', answer: string): EvaluationInput => {
      const row = story(language);
      return {
        kind: 'behavioural',
        language,
        position: 'be',
        question: row.question,
        answer,
        exampleAnswer: row.exampleAnswer,
        keyPoints: row.keyPoints,
        followUpQuestions: row.followUps,
      };
    };
    const noResult = chooseFollowUp(
      input(
        'en',
        'In my capstone the student union added an approval step two weeks before the demo. I listed what it needed and proposed dropping the calendar export to make room.',
      ),
      analyser,
    );
    expect(noResult?.question).toBe('How did it turn out, and what would you do earlier next time?');
    expect(story('en').followUps).toContain(noResult?.question);
    const korean = chooseFollowUp(
      input(
        'ko',
        '졸업 프로젝트 시연 2주 전에 승인 단계가 추가되어서, 제가 필요한 것을 정리하고 캘린더 기능을 빼자고 제안했습니다.',
      ),
      analyser,
    );
    expect(korean?.question).toBe('결과는 어땠고, 다음에는 무엇을 더 일찍 하시겠어요?');
    // The whole story, result included, needs no follow-up.
    expect(chooseFollowUp(input('en', story('en').exampleAnswer), analyser)).toBeUndefined();
  });
});
