// Specification of near-duplicate detection between bank questions.
import { describe, expect, it } from 'vitest';
import {
  findNearDuplicates,
  NEAR_DUPLICATE_THRESHOLD,
  questionSimilarity,
} from '../../src/bank/similarity.js';

describe('question similarity', () => {
  it.each([
    ['What is a deadlock?', 'Explain what a deadlock is.'],
    [
      'What is the difference between a process and a thread?',
      'Explain the difference between processes and threads.',
    ],
    ['How does a database index speed up queries?', 'How do database indexes make queries faster?'],
  ])('treats rewordings of one English question as near-duplicates: %s / %s', (a, b) => {
    expect(questionSimilarity(a, b, 'en')).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it.each([
    ['What is the difference between TCP and UDP?', 'What is the difference between a process and a thread?'],
    ['How does HTTPS protect data in transit?', 'How does HTTP caching work?'],
    [
      'In TypeScript, when do you use an interface and when a type alias?',
      'Explain union and intersection types in TypeScript.',
    ],
  ])('keeps questions sharing only their framing apart: %s / %s', (a, b) => {
    expect(questionSimilarity(a, b, 'en')).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('treats rewordings of one Korean question as near-duplicates', () => {
    expect(
      questionSimilarity(
        '프로세스와 스레드의 차이를 설명해 주세요.',
        '프로세스와 스레드는 어떻게 다른가요?',
        'ko',
      ),
    ).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(
      questionSimilarity('데드락이 무엇인가요?', '데드락이 무엇인지 설명해 주세요.', 'ko'),
    ).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('keeps different Korean questions apart', () => {
    expect(
      questionSimilarity(
        'TCP와 UDP의 차이를 설명해 주세요.',
        '프로세스와 스레드의 차이를 설명해 주세요.',
        'ko',
      ),
    ).toBe(0);
  });
});

describe('finding near-duplicates', () => {
  const question = (id: string, text: string, group = 'be', language: 'en' | 'ko' = 'en') => ({
    id,
    question: text,
    group,
    language,
  });

  it('reports pairs within one position and language, most similar first', () => {
    const pairs = findNearDuplicates([
      question('be-1', 'What is a deadlock?'),
      question('be-2', 'Explain what a deadlock is.'),
      question('be-3', 'How does a database index speed up queries?'),
      question('be-4', 'How do database indexes make queries faster?'),
      question('be-5', 'What is the difference between TCP and UDP?'),
    ]);
    expect(pairs.map(({ a, b }) => [a.id, b.id])).toEqual([
      ['be-1', 'be-2'],
      ['be-3', 'be-4'],
    ]);
  });

  it('weighs framing shared across a position less than a shared subject', () => {
    const performance = [
      'How does a CDN improve the performance of a web application?',
      'What is code splitting, and how does it improve the performance of a web application?',
      'How does image lazy loading improve the performance of a web application?',
      'How does HTTP caching improve the performance of a web application?',
      'How does code splitting make a web application faster?',
    ].map((text, index) => question(`fe-perf-${index}`, text, 'fe'));
    const pairs = findNearDuplicates(performance);
    expect(pairs.map(({ a, b }) => [a.id, b.id])).toEqual([['fe-perf-1', 'fe-perf-4']]);
  });

  it('matches a Korean question that glosses its terms in English with one that does not', () => {
    const pairs = findNearDuplicates([
      question('be-os-1', '프로세스(process)와 스레드(thread)의 차이를 설명해 주세요.', 'be', 'ko'),
      question('be-os-2', '프로세스와 스레드는 어떻게 다른가요?', 'be', 'ko'),
      question('be-os-3', '컨텍스트 스위칭 비용은 어디서 생기나요?', 'be', 'ko'),
    ]);
    expect(pairs.map(({ a, b }) => [a.id, b.id])).toEqual([['be-os-1', 'be-os-2']]);
  });

  it('does not compare across positions or languages', () => {
    const pairs = findNearDuplicates([
      question('be-1', 'What is a deadlock?'),
      question('mobile-1', 'What is a deadlock?', 'mobile'),
      question('be-1k', 'What is a deadlock?', 'be', 'ko'),
    ]);
    expect(pairs).toEqual([]);
  });
});
