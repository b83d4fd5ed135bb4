// Specification of the fitted technical scorer: correct terse answers score high, answers to another question low.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/llm/offline/offline-provider.js';
import { FEATURE_NAMES } from '../../../src/llm/offline/scorer/features.js';
import weights from '../../../src/llm/offline/scorer/scorer-weights.json' with { type: 'json' };
import { answersAnotherQuestion, keyPointCap } from '../../../src/llm/offline/scorer/technical-score.js';
import { termSet } from '../../../src/llm/offline/text/tokenize.js';

const loops = {
  question: 'What is the main difference between a while and a do...while statement?',
  exampleAnswer:
    'The block inside a do...while statement will execute at least once, while a while loop tests its condition first.',
  keyPoints: [],
};
const provider = createOfflineProvider({ corpus: [[loops.question, loops.exampleAnswer].join('\n')] });
const ask = (answer: string) =>
  provider.evaluateAnswer({ kind: 'technical', language: 'en', position: 'be', answer, ...loops });

describe('fitted technical scorer', () => {
  it('ships weights for exactly the features the code computes', () => {
    expect(weights.features).toEqual([...FEATURE_NAMES]);
    expect(weights.calibration.length).toBeGreaterThan(1);
  });

  it('gives a correct answer in other words a high score (graders gave it 10/10; the old scorer 0)', async () => {
    const evaluation = await ask(
      'While tests for true first before running, do...while runs once first before checking.',
    );
    expect(evaluation.score).toBeGreaterThanOrEqual(7);
  });

  it('scores a wrong answer on the topic below a right one', async () => {
    const right = await ask(
      'A do-while loop always runs its body at least once; a while loop checks the condition first.',
    );
    const wrong = await ask('They are the same thing, the do keyword is optional and only style.');
    expect(wrong.score).toBeLessThan(right.score);
  });

  it('lets a one-word answer through when it is the reference’s own word', async () => {
    const provider2 = createOfflineProvider({ corpus: ['stack push pop queue enqueue'] });
    const evaluation = await provider2.evaluateAnswer({
      kind: 'technical',
      language: 'en',
      position: 'be',
      question: 'What is the stack operation corresponding to the enqueue operation in queues?',
      answer: 'push',
      exampleAnswer: 'push',
      keyPoints: [],
    });
    expect(evaluation.precheck).toBeUndefined();
    expect(evaluation.score).toBeGreaterThanOrEqual(6);
  });

  it('reads past a misspelling of the reference’s word (graders gave "by refrenece" 10/10)', async () => {
    const question = 'How are linked lists passed as arguments to a function?';
    const provider3 = createOfflineProvider({ corpus: [[question, 'By reference.'].join('\n')] });
    const evaluation = await provider3.evaluateAnswer({
      kind: 'technical',
      language: 'en',
      position: 'be',
      question,
      answer: 'by refrenece',
      exampleAnswer: 'By reference.',
      keyPoints: [],
    });
    expect(evaluation.precheck).toBeUndefined();
    expect(evaluation.score).toBeGreaterThanOrEqual(6);
  });

  it('reads words that are also property names of plain objects ("constructor")', () => {
    expect([...termSet('They are initialised with a constructor')]).toContain('constructor');
  });

  it('caps the score by the share of key points covered, so the lists and the number agree', () => {
    const point = (status: 'covered' | 'partial' | 'missing') => ({
      point: 'p',
      weight: 1,
      coverage: 0,
      status,
    });
    expect(keyPointCap([])).toBe(10);
    expect(keyPointCap([point('covered'), point('covered')])).toBe(10);
    expect(
      keyPointCap([point('covered'), point('missing'), point('missing'), point('missing')]),
    ).toBeLessThan(6);
  });

  it('calls a long answer that shares nothing with the reference an answer to another question', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Record<
      (typeof FEATURE_NAMES)[number],
      number
    >;
    expect(answersAnotherQuestion({ ...features, log_new_words: Math.log1p(40) })).toBe(true);
    expect(
      answersAnotherQuestion({
        ...features,
        log_new_words: Math.log1p(40),
        reference_covered_synonym: 0.6,
        tfidf_cosine: 0.5,
      }),
    ).toBe(false);
  });
});
