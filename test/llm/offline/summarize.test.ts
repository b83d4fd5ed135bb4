// Specification of the offline end-of-session summary.
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../src/domain/types.js';
import { summarizeSession } from '../../../src/llm/offline/summarize.js';
import type { SummaryInput } from '../../../src/llm/types.js';

const provider = { summarize: summarizeSession };

const evaluation = (score: number, overrides: Partial<Evaluation> = {}): Evaluation => ({
  score,
  keyPoints: [],
  wrongClaims: [],
  feedback: '',
  evaluator: 'offline',
  degraded: false,
  ...overrides,
});

const turns: SummaryInput['turns'] = [
  { kind: 'technical', question: 'Indexes?', topic: 'databases', evaluation: evaluation(9) },
  {
    kind: 'technical',
    question: 'Event loop?',
    topic: 'javascript',
    evaluation: evaluation(3, {
      keyPoints: [
        { point: 'Microtasks run before the next task', status: 'missing' },
        { point: 'Single thread with a call stack', status: 'covered', evidence: 'one thread' },
      ],
    }),
  },
  {
    kind: 'behavioural',
    question: 'Conflict?',
    topic: 'teamwork',
    evaluation: evaluation(5, { star: { situation: true, task: true, action: true, result: false } }),
  },
  { kind: 'personal', question: 'Your CV says…', evaluation: evaluation(7, { degraded: true }) },
];

describe('offline session summary', () => {
  it('states the average and names the strongest and weakest topics', async () => {
    const summary = await provider.summarize({ language: 'en', position: 'be', turns });
    expect(summary.overall).toContain('Average score 6/10 over 4 answers');
    expect(summary.overall).toContain('Strongest: databases (9/10)');
    expect(summary.overall).toContain('Weakest: javascript (3/10)');
    expect(summary.overall).toContain('1 of the scores came from a fallback evaluator');
  });

  it('lists strengths and what to study next, with the missing points and STAR gaps', async () => {
    const summary = await provider.summarize({ language: 'en', position: 'be', turns });
    expect(summary.strengths).toEqual(['Strong on databases (9/10)', 'Strong on From your CV (7/10)']);
    expect(summary.improvements).toContain('Study javascript: Microtasks run before the next task');
    expect(summary.improvements.some((line) => line.includes('result'))).toBe(true);
  });

  it('writes the summary in Korean for a Korean session', async () => {
    const summary = await provider.summarize({ language: 'ko', position: 'be', turns });
    expect(summary.overall).toContain('평균 점수는 6/10점');
  });

  it('is honest about a weak session and an empty one', async () => {
    const weak = await provider.summarize({
      language: 'en',
      position: 'fe',
      turns: [{ kind: 'technical', question: 'CORS?', topic: 'web', evaluation: evaluation(1) }],
    });
    expect(weak.overall).toContain('Most answers missed the key points');
    expect(weak.strengths).toEqual(['Best answer: web (1/10)']);
    const empty = await provider.summarize({ language: 'en', position: 'fe', turns: [] });
    expect(empty).toEqual({
      overall: 'No answers were evaluated in this session.',
      strengths: [],
      improvements: [],
    });
  });
});
