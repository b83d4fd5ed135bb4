// Specification of the offline evaluation of answers to CV-grounded questions.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import type { EvaluationInput } from '../../../src/llm/types.js';
import { corpus } from './bank-fixture.js';

const provider = createOfflineProvider({ corpus });

const quote = 'Reduced order API p95 latency from 900 ms to 120 ms by adding Redis caching';
const personal = (answer: string): EvaluationInput => ({
  kind: 'personal',
  language: 'en',
  position: 'be',
  question: `Your CV says “${quote}”. How did you measure that, what was the starting point, and what did you change?`,
  answer,
  keyPoints: [
    'Explains how the number was measured and what the baseline was',
    'Addresses scale and reliability: load, failure handling and monitoring',
    'States the outcome and what they learnt from it',
  ],
  cvQuote: quote,
});

describe('offline evaluator (CV answers)', () => {
  it('scores a relevant, specific answer above a vague one', async () => {
    const specific = await provider.evaluateAnswer(
      personal(
        'I measured p95 latency in Grafana from our load balancer logs; the baseline was 900 ms under 200 requests per second. ' +
          'I profiled the order API, found two slow queries, added Redis caching for product lookups with a 60 second expiry, ' +
          'and added monitoring for cache hit rate so a Redis failure falls back to the database. As a result p95 dropped to 120 ms, ' +
          'and I learnt to measure before optimising.',
      ),
    );
    const vague = await provider.evaluateAnswer(
      personal(
        'It was a good project and the team worked hard on it, and things got faster in the end overall.',
      ),
    );
    expect(specific.score).toBeGreaterThanOrEqual(6);
    expect(vague.score).toBeLessThanOrEqual(3);
    expect(specific.score).toBeGreaterThan(vague.score);
    expect(specific.modelAnswer).toBeUndefined();
  });

  it('reminds an unrelated answer of the CV line it was asked about', async () => {
    const evaluation = await provider.evaluateAnswer(
      personal('I enjoy hiking and photography at weekends, and I recently bought a new camera for trips.'),
    );
    expect(evaluation.score).toBeLessThanOrEqual(2);
    expect(evaluation.feedback).toContain(quote);
  });
});
