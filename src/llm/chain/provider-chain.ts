// The provider chain: tries each provider in order under a deadline, skips open circuits and spent budgets, labels fallbacks.
import type { CvQuestion, Evaluation } from '../../domain/types.js';
import type { Logger } from '../../logger.js';
import { LlmCallFailure } from '../call-failure.js';
import { normaliseForQuote } from '../openai/evidence.js';
import type {
  CvQuestionInput,
  DerivedFollowUps,
  DerivedKeyPoints,
  EvaluationInput,
  FollowUpsInput,
  KeyPointsInput,
  LlmProvider,
} from '../types.js';
import type { LlmCallOutcome, LlmCallRecorder, LlmOperation, ProviderCallOptions } from './call-record.js';
import { type BreakerOptions, type BreakerSnapshot, createCircuitBreaker } from './circuit-breaker.js';
import { precheckedEvaluation } from './precheck-evaluation.js';
import { createProviderClock, deadlineVerdict, withProviderDeadline } from './provider-deadline.js';

/**
 * How long one provider may take for one logical call (its retries included) before the next one serves.
 * Key point derivation, added later, takes the evaluation deadline unless given its own.
 */
export type ChainTimeouts = Record<Exclude<LlmOperation, 'derive_key_points' | 'derive_follow_ups'>, number> &
  Partial<Record<'derive_key_points' | 'derive_follow_ups', number>>;

/** A per-workspace daily token budget; 0 means unlimited. */
export interface TokenBudget {
  dailyTokens: number;
  spentToday(workspaceKey: string): Promise<number>;
}

export interface ProviderChainOptions {
  /** In order of preference; the last one (the offline provider) is never skipped. */
  providers: LlmProvider[];
  timeouts: ChainTimeouts;
  breaker: BreakerOptions;
  budget?: TokenBudget | undefined;
  recorder?: LlmCallRecorder | undefined;
  logger: Logger;
  /** Clock for latency and the breaker; tests pass a fake one. */
  now?: (() => number) | undefined;
}

/** One provider's state, for health checks and the admin view. */
export interface ProviderHealth extends BreakerSnapshot {
  name: string;
  model: string;
  metered: boolean;
}

/** A generated question that always says who generated it and whether that was a fallback. */
export interface ChainCvQuestion extends CvQuestion {
  generatedBy: string;
  degraded: boolean;
}

export interface ProviderChain extends LlmProvider {
  evaluateAnswer(input: EvaluationInput, opts?: ProviderCallOptions): Promise<Evaluation>;
  generateQuestions(input: CvQuestionInput, opts?: ProviderCallOptions): Promise<ChainCvQuestion[]>;
  deriveKeyPoints(input: KeyPointsInput, opts?: ProviderCallOptions): Promise<DerivedKeyPoints>;
  /** True when `workspaceKey` has spent today's token budget, so model providers are skipped for it. */
  budgetExhausted(workspaceKey: string): Promise<boolean>;
  health(): ProviderHealth[];
}

/** Providers that spend tokens and record their own calls (the OpenAI-compatible ones). */
function isMetered(provider: LlmProvider): boolean {
  return (provider as { metered?: unknown }).metered === true;
}

/** How a provider is named on a score or a generated question. */
export function providerLabel(provider: LlmProvider): string {
  return isMetered(provider) ? `${provider.name}:${provider.model}` : provider.name;
}

type Step = (provider: LlmProvider, index: number, opts: ProviderCallOptions) => Promise<boolean>;

/** Compose providers into one LlmProvider with failover, circuit breakers, budgets and call records. */
export function createProviderChain(options: ProviderChainOptions): ProviderChain {
  const { providers, logger } = options;
  if (providers.length === 0) throw new Error('a provider chain needs at least one provider');
  const now = options.now ?? Date.now;
  const breakers = providers.map(() => createCircuitBreaker(options.breaker));

  async function record(
    provider: LlmProvider,
    operation: LlmOperation,
    opts: ProviderCallOptions | undefined,
    outcome: LlmCallOutcome,
    startedAt: number,
    error?: string,
  ) {
    if (!options.recorder) return;
    try {
      await options.recorder.record({
        provider: provider.name,
        model: provider.model,
        operation,
        workspaceKey: opts?.workspaceId,
        sessionId: opts?.sessionId,
        startedAt,
        latencyMs: Math.max(0, Math.round(now() - startedAt)),
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
        outcome,
        error,
      });
    } catch (recordError) {
      logger.error({ err: recordError }, 'could not record an llm call');
    }
  }

  async function budgetExhausted(workspaceKey: string): Promise<boolean> {
    const budget = options.budget;
    if (!budget || budget.dailyTokens <= 0) return false;
    try {
      return (await budget.spentToday(workspaceKey)) >= budget.dailyTokens;
    } catch (error) {
      logger.error(
        { err: error, workspaceKey },
        'could not read the token budget; not enforcing it for this call',
      );
      return false;
    }
  }

  /** Offer the call to each provider in turn until `step` says it is done. Returns the last error if none was. */
  async function serve(
    operation: LlmOperation,
    opts: ProviderCallOptions | undefined,
    step: Step,
  ): Promise<{ done: boolean; lastError: unknown }> {
    const overBudget = opts?.workspaceId ? await budgetExhausted(opts.workspaceId) : false;
    let lastError: unknown;
    for (const [index, provider] of providers.entries()) {
      const last = index === providers.length - 1;
      const metered = isMetered(provider);
      const breaker = breakers[index]!;
      if (!last && metered && overBudget) {
        await record(provider, operation, opts, 'skipped_budget', now());
        continue;
      }
      if (!breaker.tryAcquire(now()) && !last) {
        await record(provider, operation, opts, 'skipped_circuit', now());
        continue;
      }
      const startedAt = now();
      const timeoutMs = options.timeouts[operation] ?? options.timeouts.evaluate;
      const controller = new AbortController();
      const signal = opts?.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;
      // A model's time starts when its request is on the wire; a local provider's when it is called.
      const clock = createProviderClock();
      if (!metered) clock.sent();
      // The provider's latency, without what was ours (waiting to send, our event loop blocked).
      const latency = () => Math.max(0, now() - startedAt - clock.ourMs());
      try {
        const call = () => step(provider, index, { ...opts, signal, deadlineAt: Date.now() + timeoutMs });
        const done = await withProviderDeadline(call, clock, controller, timeoutMs);
        breaker.onSuccess(latency(), now());
        if (!metered) await record(provider, operation, opts, 'ok', startedAt);
        if (done) return { done, lastError };
      } catch (error) {
        if (opts?.signal?.aborted) {
          breaker.onAbandon();
          throw error;
        }
        const failure = error instanceof LlmCallFailure ? error : undefined;
        const message = error instanceof Error ? error.message : String(error);
        // Never sent in time is our stall, not the provider's failure: it does not count against it.
        if (deadlineVerdict(error) === 'ours') breaker.onAbandon();
        else breaker.onFailure(message, now());
        if (!metered)
          await record(provider, operation, opts, failure?.outcome ?? 'error', startedAt, message);
        logger.warn(
          { provider: providerLabel(provider), operation, err: message },
          'provider failed; trying the next one',
        );
        lastError = error;
      }
    }
    return { done: false, lastError };
  }

  async function evaluateAnswer(input: EvaluationInput, opts?: ProviderCallOptions): Promise<Evaluation> {
    const prechecked = precheckedEvaluation(input);
    if (prechecked) return prechecked;
    let result: Evaluation | undefined;
    const { lastError } = await serve('evaluate', opts, async (provider, index, providerOpts) => {
      const evaluation = await provider.evaluateAnswer(input, providerOpts);
      result = {
        ...evaluation,
        evaluator: evaluation.evaluator || providerLabel(provider),
        degraded: evaluation.degraded || index > 0,
      };
      return true;
    });
    if (!result) throw lastError ?? new Error('no provider evaluated the answer');
    return result;
  }

  async function generateQuestions(
    input: CvQuestionInput,
    opts?: ProviderCallOptions,
  ): Promise<ChainCvQuestion[]> {
    const collected: ChainCvQuestion[] = [];
    const seen = new Set<string>();
    const { lastError } = await serve('generate', opts, async (provider, index, providerOpts) => {
      const need = input.count - collected.length;
      const questions = await provider.generateQuestions({ ...input, count: need }, providerOpts);
      for (const question of questions) {
        const key = normaliseForQuote(question.question);
        if (seen.has(key) || collected.length >= input.count) continue;
        seen.add(key);
        collected.push({
          ...question,
          generatedBy: question.generatedBy ?? providerLabel(provider),
          degraded: Boolean(question.degraded) || index > 0,
        });
      }
      return collected.length >= input.count;
    });
    if (collected.length === 0 && input.count > 0)
      throw lastError ?? new Error('no provider generated questions');
    return collected;
  }

  async function deriveKeyPoints(
    input: KeyPointsInput,
    opts?: ProviderCallOptions,
  ): Promise<DerivedKeyPoints> {
    let result: DerivedKeyPoints | undefined;
    const { lastError } = await serve('derive_key_points', opts, async (provider, index, providerOpts) => {
      const derived = await provider.deriveKeyPoints(input, providerOpts);
      result = {
        ...derived,
        derivedBy: derived.derivedBy || providerLabel(provider),
        degraded: derived.degraded || index > 0,
      };
      return true;
    });
    if (!result) throw lastError ?? new Error('no provider derived key points');
    return result;
  }

  async function deriveFollowUps(
    input: FollowUpsInput,
    opts?: ProviderCallOptions,
  ): Promise<DerivedFollowUps> {
    let result: DerivedFollowUps | undefined;
    const { lastError } = await serve('derive_follow_ups', opts, async (provider, index, providerOpts) => {
      if (!provider.deriveFollowUps) return false;
      const derived = await provider.deriveFollowUps(input, providerOpts);
      result = {
        ...derived,
        derivedBy: derived.derivedBy || providerLabel(provider),
        degraded: derived.degraded || index > 0,
      };
      return true;
    });
    if (!result) throw lastError ?? new Error('no provider wrote follow-up questions');
    return result;
  }

  return {
    name: 'chain',
    model: providers.map(providerLabel).join(' > '),
    evaluateAnswer,
    generateQuestions,
    deriveKeyPoints,
    deriveFollowUps,
    budgetExhausted,
    health: () =>
      providers.map((provider, index) => ({
        name: provider.name,
        model: provider.model,
        metered: isMetered(provider),
        ...breakers[index]!.snapshot(now()),
      })),
  };
}
