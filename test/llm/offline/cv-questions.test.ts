// Specification of offline CV questions: verbatim quotes, position-specific criteria, thin CVs.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import type { CvQuestionInput } from '../../../src/llm/types.js';

const provider = createOfflineProvider({ corpus: [] });

const cvText = [
  'Jane Doe',
  'jane@example.com | +82 10 1234 5678',
  'EXPERIENCE',
  'Backend Intern, Acme Logistics (2023)',
  '• Reduced order API p95 latency from 900 ms to 120 ms by adding Redis caching and query indexes',
  '• Built a Kafka consumer that processes 2M shipment events per day',
  '- Wrote onboarding docs for new interns',
  'PROJECTS',
  'StudyRoom: a room-booking service in Spring Boot and PostgreSQL used by 300 students',
  'SKILLS',
  'Java, Kotlin, Spring Boot, PostgreSQL, Redis, Docker',
].join('\n');

const input = (overrides: Partial<CvQuestionInput> = {}): CvQuestionInput => ({
  language: 'en',
  position: 'be',
  cvText,
  sections: { experience: cvText.split('EXPERIENCE')[1]!.split('PROJECTS')[0]! },
  count: 5,
  ...overrides,
});

describe('offline CV questions', () => {
  it('asks count questions, each quoting a distinct line of the CV verbatim with three criteria', async () => {
    const questions = await provider.generateQuestions(input());
    expect(questions).toHaveLength(5);
    for (const question of questions) {
      expect(question.quote.length).toBeGreaterThan(0);
      expect(cvText).toContain(question.quote);
      expect(question.question).toContain(question.quote);
      expect(question.criteria).toHaveLength(3);
    }
    expect(new Set(questions.map((question) => question.quote)).size).toBe(5);
  });

  it('starts with lines that carry numbers and technologies, never contact details', async () => {
    const questions = await provider.generateQuestions(input({ count: 2 }));
    expect(questions[0]!.quote).toContain('Reduced order API p95 latency');
    expect(questions.every((question) => /\d/.test(question.quote))).toBe(true);
    const all = await provider.generateQuestions(input({ count: 8 }));
    expect(all.some((question) => question.quote.includes('@'))).toBe(false);
  });

  it('adapts the criteria to the position', async () => {
    const backend = await provider.generateQuestions(input({ count: 1 }));
    const mobile = await provider.generateQuestions(input({ count: 1, position: 'mobile' }));
    expect(backend[0]!.criteria.join(' ')).toMatch(/scale and reliability/);
    expect(mobile[0]!.criteria.join(' ')).toMatch(/offline behaviour/);
  });

  it('writes Korean questions around Korean CV lines, still quoting them verbatim', async () => {
    const koreanCv =
      '경력\n- 주문 API 응답 시간을 900ms에서 120ms로 개선 (Redis 캐시 도입)\n- 사내 배포 자동화 파이프라인 구축';
    const questions = await provider.generateQuestions(
      input({ language: 'ko', cvText: koreanCv, sections: {}, count: 2 }),
    );
    expect(questions).toHaveLength(2);
    for (const question of questions) {
      expect(koreanCv).toContain(question.quote);
      expect(question.question).toMatch(/[가-힣]/);
    }
  });

  it('still asks about whatever a thin CV has, then falls back to generic questions', async () => {
    const thin = 'Kim Minjun\nLearning React';
    const questions = await provider.generateQuestions(input({ cvText: thin, sections: {}, position: 'fe' }));
    expect(questions).toHaveLength(5);
    const quoted = questions.filter((question) => question.quote !== '');
    expect(quoted.map((question) => question.quote)).toContain('Learning React');
    for (const question of quoted) expect(thin).toContain(question.quote);
    expect(questions.filter((question) => question.quote === '').length).toBeGreaterThan(0);
  });

  it('asks generic questions when the CV has no text at all', async () => {
    const questions = await provider.generateQuestions(input({ cvText: '', sections: {}, count: 3 }));
    expect(questions).toHaveLength(3);
    expect(new Set(questions.map((question) => question.question)).size).toBe(3);
  });

  it('is deterministic', async () => {
    expect(await provider.generateQuestions(input())).toEqual(await provider.generateQuestions(input()));
  });
});

/** The CV text as the PDF extractor hands it over: each bullet wrapped at the column's width. */
const wrappedKoreanCv = [
  '김민지',
  '경력',
  '• 쇼핑몰 상품 상세 페이지의 이미지 지연 로딩과 코드 스플리팅을 적용해 LCP를 3.1초에서 1.4초로 단',
  '축하고 전환율을 12% 높였습니다.',
  '• 디자인 시스템을 구축하여 팀 전체의 컴포넌트 재사용률을 40%까지 끌어올리고 신규 화면 개발 기간을',
  '절반으로 줄였습니다.',
  '기술',
  'React, TypeScript, Next.js',
].join('\n');

const wrappedEnglishCv = [
  'Jane Doe',
  'EXPERIENCE',
  '• Reduced order API p95 latency from 900 ms to 120 ms by adding Redis caching and query',
  'indexes to the checkout service.',
  '• Built a Kafka consumer that processes 2M shipment events per day for the tracking page.',
  'SKILLS',
  'Java, Kotlin, Spring Boot',
].join('\n');

/** True when `quote` ends where a word ends in `text` (a space, punctuation or the end follows). */
function endsOnWordBoundary(text: string, quote: string): boolean {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.indexOf(quote);
  if (at < 0) return false;
  const next = flat[at + quote.length];
  return next === undefined || /[\s.,;:!?)]/.test(next);
}

describe('CV quotes across PDF line wraps (issue 11, point 9)', () => {
  it('joins a Hangul word the PDF broke between syllables and ends the quote on a sentence boundary', async () => {
    const questions = await provider.generateQuestions(
      input({ language: 'ko', position: 'fe', cvText: wrappedKoreanCv, sections: {}, count: 2 }),
    );
    const quotes = questions.map((question) => question.quote);
    const lcp = quotes.find((quote) => quote.includes('LCP'));
    expect(lcp).toContain('LCP를 3.1초에서 1.4초로 단축하고 전환율을 12% 높였습니다.');
    // A break after a word-final syllable ("기간을") fell between words: it becomes a space.
    const design = quotes.find((quote) => quote.includes('디자인 시스템'));
    expect(design).toContain('신규 화면 개발 기간을 절반으로 줄였습니다.');
    for (const quote of quotes) {
      expect(quote).not.toMatch(/단$/);
      expect(questions.find((q) => q.quote === quote)!.question).toContain(quote);
    }
  });

  it('joins a wrapped English line with a space and never stops mid-word', async () => {
    const questions = await provider.generateQuestions(
      input({ cvText: wrappedEnglishCv, sections: {}, count: 2 }),
    );
    const quotes = questions.map((question) => question.quote);
    expect(quotes).toContain(
      'Reduced order API p95 latency from 900 ms to 120 ms by adding Redis caching and query indexes to the checkout service.',
    );
    // The heading after a long line is not taken for its continuation.
    for (const quote of quotes) expect(quote).not.toMatch(/SKILLS/);
  });

  it('cuts a quote longer than a question can carry at a word boundary, in both scripts', async () => {
    const longKorean = `경력\n• ${'대규모 트래픽을 처리하는 주문 시스템에서 캐시 계층을 새로 설계하고 '.repeat(5)}장애를 줄였습니다`;
    const longEnglish = `EXPERIENCE\n• ${'Redesigned the caching layer of the order system under heavy traffic and '.repeat(4)}cut incidents`;
    for (const [language, cvText] of [
      ['ko', longKorean],
      ['en', longEnglish],
    ] as const) {
      const [question] = await provider.generateQuestions(
        input({ language, cvText, sections: {}, count: 1 }),
      );
      expect(question!.quote.length).toBeLessThanOrEqual(180);
      expect(endsOnWordBoundary(cvText, question!.quote)).toBe(true);
    }
  });
});
