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
