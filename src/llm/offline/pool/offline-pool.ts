// The offline evaluator behind a worker pool (piscina): the CPU-heavy text analysis of every answer runs on
// worker threads that each learn the bank's IDF model once, so the bot's event loop stays free for members.
// With `threads: 0` the same tasks run inline (a one-core machine, or a test that wants no threads).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Evaluation } from '../../../domain/types.js';
import type { EvaluationInput, LlmProvider } from '../../types.js';
import { type AnswerAnalyser, createAnswerAnalyser } from '../analyse-answer.js';
import { createOfflineProvider } from '../offline-provider.js';
import { type AnalysisTasks, createAnalysisTasks } from './analysis-tasks.js';
import type { AnalysisTask, AnalysisWorkerData, QuickJudgement } from './quick-judgement.js';

const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url).href;

export interface OfflinePool {
  /** The offline provider whose evaluateAnswer runs on the pool; its other operations are cheap and run here. */
  provider: LlmProvider;
  /** The offline score of an answer and, when `followUp`, whether to ask one follow-up, from one analysis. */
  judge(input: EvaluationInput, options: { followUp: boolean }): Promise<QuickJudgement>;
  /** Worker threads in use (0 = inline). */
  readonly threads: number;
  close(): Promise<void>;
}

export interface OfflinePoolOptions {
  /** The question bank's texts (questions and example answers): the IDF corpus. */
  corpus: readonly string[];
  /** Worker threads; 'auto' leaves one core to the event loop. */
  threads: number | 'auto';
}

/** 'auto': one core for the event loop (and the database driver), the rest for analysis, at most four. */
export function autoThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * An analyser for the provider's main-thread operations that never need one (key points, follow-ups, CV
 * questions): it learns the IDF model only if something does call it, so start-up does not pay for it.
 */
function lazyAnalyser(corpus: readonly string[]): AnswerAnalyser {
  let built: AnswerAnalyser | undefined;
  const get = () => {
    built ??= createAnswerAnalyser({ corpus });
    return built;
  };
  const analyse = (input: EvaluationInput) => get()(input);
  return Object.defineProperty(analyse, 'idf', { get: () => get().idf }) as AnswerAnalyser;
}

/**
 * At most `slots` tasks in the pool at once, and a member's waiting answer ('quick') always before the
 * background evaluations (a model's fallback, a report past its deadline), which may come in bursts:
 * in one FIFO queue a member would wait behind a whole report's worth of them.
 */
function prioritised(
  runNow: (task: AnalysisTask) => Promise<Evaluation | QuickJudgement>,
  slots: number,
): (task: AnalysisTask) => Promise<Evaluation | QuickJudgement> {
  type Waiting = { task: AnalysisTask; start: () => void };
  const urgent: Waiting[] = [];
  const background: Waiting[] = [];
  let running = 0;
  const next = () => {
    while (running < slots) {
      const waiting = urgent.shift() ?? background.shift();
      if (!waiting) return;
      running += 1;
      waiting.start();
    }
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const start = () =>
        runNow(task)
          .then(resolve, reject)
          .finally(() => {
            running -= 1;
            next();
          });
      (task.op === 'quick' ? urgent : background).push({ task, start });
      next();
    });
}

/** Start the pool (its first worker starts learning the IDF model at once, off the main thread). */
export function createOfflinePool(options: OfflinePoolOptions): OfflinePool {
  const threads = options.threads === 'auto' ? autoThreads() : options.threads;
  let inline: AnalysisTasks | undefined;
  let pool: Piscina | undefined;
  if (threads > 0) {
    const workerData: AnalysisWorkerData = { corpus: options.corpus };
    pool = new Piscina({
      filename: WORKER_ENTRY,
      minThreads: 1,
      maxThreads: threads,
      // A burst may start extra threads; they are let go after a quiet minute.
      idleTimeout: 60_000,
      workerData,
      // The tasks are pure CPU with no async work inside: the worker may wait for tasks with Atomics.
      atomics: 'sync',
    });
  }
  const runNow = (task: AnalysisTask): Promise<Evaluation | QuickJudgement> => {
    if (pool) return pool.run(task);
    inline ??= createAnalysisTasks(options.corpus);
    return inline.run(task);
  };
  const run = pool ? prioritised(runNow, threads) : runNow;
  const local = createOfflineProvider({ analyse: lazyAnalyser(options.corpus) });
  const provider: LlmProvider = {
    ...local,
    async evaluateAnswer(input, opts) {
      opts?.signal?.throwIfAborted();
      return (await run({ op: 'evaluate', input })) as Evaluation;
    },
  };
  return {
    provider,
    threads,
    async judge(input, { followUp }) {
      return (await run({ op: 'quick', input, followUp })) as QuickJudgement;
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
