// How a follow-up is worded when the question brings none of its own: named terms, CV criteria, never the point.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { followUpQuestionFor, namedTerms } from '../../../src/llm/offline/follow-up-question.js';
import type { EvaluationInput } from '../../../src/llm/types.js';

const base: EvaluationInput = {
  kind: 'technical',
  language: 'en',
  position: 'be',
  question: 'What makes an API RESTful?',
  answer: 'Resources have URLs and we use HTTP verbs.',
  keyPoints: [],
};

describe('follow-up wording without a written follow-up', () => {
  it('picks acronyms, code-like words and names, never ordinary words', () => {
    expect(namedTerms('HATEOAS is rarely implemented in pragmatic APIs', '')).toEqual(['HATEOAS']);
    expect(namedTerms('Keep counters in a shared store like Redis with atomic updates', '')).toEqual([
      'Redis',
    ]);
    expect(namedTerms('Use useEffect cleanup and p99 budgets', '')).toEqual(['useEffect', 'p99']);
    expect(namedTerms('Requests are stateless, carrying everything needed', '')).toEqual([]);
  });

  it('leaves out terms the question or the answer already used', () => {
    expect(
      namedTerms('Return 429 with a Retry-After header over HTTP and TLS', 'We send HTTP errors'),
    ).toEqual(['Retry-After', 'TLS']);
  });

  it('names a missing term in a question, in English and Korean', () => {
    const one = 'HATEOAS is rarely implemented; most APIs are pragmatic';
    expect(followUpQuestionFor({ ...base, keyPoints: [one] }, one)).toBe(
      'Where does HATEOAS come into this, and why does it matter here?',
    );
    const two = 'Keep counters in Redis and enforce limits at the API Gateway';
    expect(followUpQuestionFor({ ...base, keyPoints: [two] }, two)).toBe(
      'Where do Redis and Gateway come into this, and why do they matter here?',
    );
    const korean = followUpQuestionFor({ ...base, language: 'ko', keyPoints: [one] }, one);
    expect(korean).toMatch(/^HATEOAS 이야기는 아직 나오지 않았는데/);
  });

  it('falls back to an open question when the point names nothing', () => {
    const point = 'Requests are stateless, carrying everything needed, so servers scale horizontally';
    const question = followUpQuestionFor({ ...base, keyPoints: [point] }, point);
    expect(question).toBe(t('en', 'followup.general'));
    expect(question).not.toContain('stateless');
  });

  it('prefers the follow-up written for the point when the question has one', () => {
    const points = ['First point about caching', 'Second point about Redis'];
    const input = { ...base, keyPoints: points, followUpQuestions: ['Q one?', 'What if Redis is down?'] };
    expect(followUpQuestionFor(input, points[1]!)).toBe('What if Redis is down?');
  });

  it("turns the offline CV generator's criteria into the interviewer's questions, with the technology", () => {
    for (const language of ['en', 'ko'] as const) {
      const scale = t(language, 'offline.cv.c.position.be');
      expect(followUpQuestionFor({ ...base, kind: 'personal', language }, scale)).toBe(
        t(language, 'followup.cv.position.be'),
      );
      const tech = t(language, 'offline.cv.c.tech', { tech: 'Kafka' });
      expect(followUpQuestionFor({ ...base, kind: 'personal', language }, tech)).toBe(
        t(language, 'followup.cv.tech', { tech: 'Kafka' }),
      );
    }
  });
});
