// The offline worker pool runs the very same evaluator as the event loop would (TypeScript loaded in the
// worker through tsx here, compiled in production), learns IDF once per worker, and keeps the loop free.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedBank } from '../../../../src/bank/load-seed-bank.js';
import type { TechnicalQuestion } from '../../../../src/domain/types.js';
import {
  autoThreads,
  createOfflinePool,
  type OfflinePool,
} from '../../../../src/llm/offline/pool/offline-pool.js';
import type { EvaluationInput } from '../../../../src/llm/types.js';

const ANSWERS = [
  'An index keeps the keys sorted in a B-tree, so a lookup is logarithmic instead of a full table scan. It costs memory and slows writes.',
  'I am not sure, maybe it is something about caching?',
  'asdf qwer zxcv asdf qwer',
  '',
];

let corpus: string[];
let inputs: EvaluationInput[];
let pooled: OfflinePool;
let inline: OfflinePool;

beforeAll(async () => {
  const bank = await loadSeedBank();
  corpus = [...bank.technical, ...bank.behavioural].map((q) =>
    [q.question, q.exampleAnswer, ...q.keyPoints].join('\n'),
  );
  const rows: TechnicalQuestion[] = [
    ...bank.technical.filter((q) => q.language === 'en').slice(0, 3),
    ...bank.technical.filter((q) => q.language === 'ko').slice(0, 2),
  ];
  // Besides the fixed answers (off topic for these questions, so they earn no follow-up), the first
  // half of each example answer: on topic with points left out, the answer a follow-up is for.
  const firstHalf = (text: string) => {
    const sentences = text.split(/(?<=[.!?])\s+/);
    return sentences.slice(0, Math.ceil(sentences.length / 2)).join(' ');
  };
  inputs = rows.flatMap((row) =>
    [...ANSWERS, firstHalf(row.exampleAnswer)].map((answer) => ({
      kind: 'technical' as const,
      language: row.language,
      position: row.position,
      question: row.question,
      answer,
      exampleAnswer: row.exampleAnswer,
      keyPoints: row.keyPoints,
      followUpQuestions: row.followUps,
      topic: row.topic,
    })),
  );
  pooled = createOfflinePool({ corpus, threads: 2 });
  inline = createOfflinePool({ corpus, threads: 0 });
});

afterAll(async () => {
  await pooled?.close();
  await inline?.close();
});

describe('offline worker pool', () => {
  it('scores every answer exactly as the inline evaluator does', async () => {
    const [onPool, onLoop] = await Promise.all([
      Promise.all(inputs.map((input) => pooled.provider.evaluateAnswer(input))),
      Promise.all(inputs.map((input) => inline.provider.evaluateAnswer(input))),
    ]);
    expect(onPool).toEqual(onLoop);
    expect(new Set(onPool.map((evaluation) => evaluation.score)).size).toBeGreaterThan(1);
  });

  it('judges score and follow-up from one analysis, as the provider and the follow-up decision would', async () => {
    const judged = await Promise.all(inputs.map((input) => pooled.judge(input, { followUp: true })));
    const expected = await Promise.all(inputs.map((input) => inline.judge(input, { followUp: true })));
    expect(judged).toEqual(expected);
    for (const [i, judgement] of judged.entries()) {
      expect(judgement.evaluation).toEqual(await inline.provider.evaluateAnswer(inputs[i]!));
      if (judgement.evaluation.precheck) expect(judgement.followUp).toBeUndefined();
    }
    expect(judged.some((judgement) => judgement.followUp)).toBe(true);
    const without = await Promise.all(inputs.map((input) => pooled.judge(input, { followUp: false })));
    expect(without.every((judgement) => judgement.followUp === undefined)).toBe(true);
  });

  it('keeps the event loop free while a burst of answers is analysed', async () => {
    await pooled.judge(inputs[0]!, { followUp: true });
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const burst = Array.from({ length: 60 }, (_, i) =>
      pooled.judge(inputs[i % inputs.length]!, { followUp: true }),
    );
    // The loop keeps ticking: timers fire while the workers analyse.
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
    }, 5);
    await Promise.all(burst);
    clearInterval(ticker);
    loop.disable();
    expect(ticks).toBeGreaterThan(0);
    // Inline, the same burst would hold the loop for the sum of the analyses; on the pool no single stall
    // comes near it (generous, since the machine may be busy: the point is the order of magnitude).
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => inline.judge(inputs[i % inputs.length]!, { followUp: true })),
    );
    const inlineMs = performance.now() - started;
    expect(loop.max / 1e6).toBeLessThan(Math.max(50, inlineMs / 2));
  });

  it('leaves one core to the event loop when sized automatically', () => {
    expect(autoThreads(1)).toBe(1);
    expect(autoThreads(2)).toBe(1);
    expect(autoThreads(8)).toBe(4);
  });
});
