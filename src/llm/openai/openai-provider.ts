// An LlmProvider for any OpenAI-compatible endpoint (OpenAI, Azure, Groq, Gemini, Ollama, vLLM) via the openai SDK.
import OpenAI from 'openai';
import type { CvQuestion, Evaluation } from '../../domain/types.js';
import type { Logger } from '../../logger.js';
import type { LlmCallRecorder, ProviderCallOptions } from '../chain/call-record.js';
import { precheckedEvaluation } from '../chain/precheck-evaluation.js';
import { markRequestSent } from '../chain/provider-deadline.js';
import { evaluatePrompt, evidenceSource } from '../prompts/evaluate-prompt.js';
import { generatePrompt } from '../prompts/generate-prompt.js';
import { followUpsPrompt } from '../prompts/follow-ups-prompt.js';
import { keyPointsPrompt } from '../prompts/key-points-prompt.js';
import type { EvaluationReply } from '../schemas.js';
import type {
  CvQuestionInput,
  DerivedKeyPoints,
  EvaluationInput,
  FollowUpsInput,
  KeyPointsInput,
  LlmProvider,
} from '../types.js';
import { type AttemptRunner, realSleep, runAttempts, type Sleep } from './attempts.js';
import { checkEvidence, type EvidenceCheck, keepGroundedQuestions } from './evidence.js';
import { LlmCallFailure } from '../call-failure.js';
import { checkFollowUps } from './follow-up-check.js';
import { createJsonChat, type JsonMode } from './json-chat.js';
import { checkDerivedKeyPoints } from './key-point-grounding.js';
import { mergePrices, type PriceTable } from './prices.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

export interface OpenAiProviderOptions {
  name: 'primary' | 'secondary';
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  /** Per-attempt timeout. */
  timeoutMs: number;
  maxRetries: number;
  recorder?: LlmCallRecorder | undefined;
  /** USD per 1M tokens; layered over DEFAULT_PRICES. */
  prices?: PriceTable | undefined;
  logger: Logger;
  /** Backoff shape; maxRetries above wins over the policy's. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>> | undefined;
  /** Start in json_object mode for endpoints known to lack json_schema. */
  jsonMode?: JsonMode | undefined;
  now?: (() => number) | undefined;
  sleep?: Sleep | undefined;
  random?: (() => number) | undefined;
}

/** An OpenAI-backed provider; `metered` tells the chain it spends tokens and records its own calls. */
export interface OpenAiProvider extends LlmProvider {
  readonly metered: true;
  evaluateAnswer(input: EvaluationInput, opts?: ProviderCallOptions): Promise<Evaluation>;
  generateQuestions(input: CvQuestionInput, opts?: ProviderCallOptions): Promise<CvQuestion[]>;
  deriveKeyPoints(input: KeyPointsInput, opts?: ProviderCallOptions): Promise<DerivedKeyPoints>;
}

/**
 * The SDK's own timeout is off (the longest timer Node keeps): a plain timer counts our event loop's stalls
 * as the model's time. The per-attempt timeout runs in the provider's own time instead, from when fetch
 * sends the request (runAttempts and provider-deadline.ts).
 */
const SDK_TIMEOUT_OFF_MS = 2_147_483_647;

/** Create a provider for one OpenAI-compatible endpoint. The SDK's own retries are off: ours record each attempt. */
export function createOpenAiProvider(options: OpenAiProviderOptions): OpenAiProvider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    timeout: SDK_TIMEOUT_OFF_MS,
    maxRetries: 0,
    fetch: (url, init) => {
      markRequestSent();
      return fetch(url, init);
    },
  });
  const chat = createJsonChat({
    client,
    model: options.model,
    logger: options.logger,
    mode: options.jsonMode,
  });
  const evaluator = `${options.name}:${options.model}`;
  const runner: AttemptRunner = {
    provider: options.name,
    model: options.model,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxRetries: options.maxRetries },
    timeoutMs: options.timeoutMs,
    prices: mergePrices(options.prices),
    recorder: options.recorder,
    logger: options.logger,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
  };

  async function evaluateAnswer(input: EvaluationInput, opts?: ProviderCallOptions): Promise<Evaluation> {
    const prechecked = precheckedEvaluation(input);
    if (prechecked) return prechecked;
    return runAttempts(runner, 'evaluate', opts, async (signal) => {
      const { data, usage } = await chat('evaluation', evaluatePrompt(input), signal);
      const check = checkEvidence(data, evidenceSource(input), input.keyPoints.length);
      if (check.problem) throw new LlmCallFailure('malformed', check.problem, { retryable: false, usage });
      if (check.quotesDropped > 0) {
        options.logger.info(
          { evaluator, dropped: check.quotesDropped },
          'dropped quotes not found in the answer',
        );
      }
      return { value: toEvaluation(data, check, input, evaluator), usage };
    });
  }

  /** Ask for `count` grounded questions: once, then once more for the ones whose quote was not in the CV. */
  async function generateQuestions(
    input: CvQuestionInput,
    opts?: ProviderCallOptions,
  ): Promise<CvQuestion[]> {
    const ask = (count: number, avoid: CvQuestion[]) =>
      runAttempts(runner, 'generate', opts, async (signal) => {
        const { data, usage } = await chat(
          'cv_questions',
          generatePrompt(
            input,
            count,
            avoid.map((q) => q.question),
          ),
          signal,
        );
        const { kept, discarded } = keepGroundedQuestions([...avoid, ...data.questions], input.cvText);
        const fresh = kept.slice(avoid.length).map((question) => ({ ...question, generatedBy: evaluator }));
        if (discarded > 0)
          options.logger.info({ evaluator, discarded }, 'discarded questions quoting text not in the CV');
        if (fresh.length === 0) {
          throw new LlmCallFailure('malformed', 'no question quoted the CV', { retryable: false, usage });
        }
        return { value: fresh, usage };
      });
    const first = await ask(input.count, []);
    if (first.length >= input.count) return first.slice(0, input.count);
    try {
      const second = await ask(input.count - first.length, first);
      return [...first, ...second].slice(0, input.count);
    } catch (error) {
      if (error instanceof LlmCallFailure && error.options.aborted) throw error;
      // Keep the grounded ones; the chain fills the rest from the next provider.
      return first;
    }
  }

  /** Key points that restate the example answer; points it does not support make the reply malformed. */
  async function deriveKeyPoints(input: KeyPointsInput, opts?: ProviderCallOptions) {
    return runAttempts(runner, 'derive_key_points', opts, async (signal) => {
      const { data, usage } = await chat('key_points', keyPointsPrompt(input), signal);
      const check = checkDerivedKeyPoints(data.keyPoints, input.exampleAnswer, input.language);
      if (check.problem) throw new LlmCallFailure('malformed', check.problem, { retryable: false, usage });
      return { value: { keyPoints: check.keyPoints, derivedBy: evaluator, degraded: false }, usage };
    });
  }

  /** One follow-up per key point; a count mismatch, a statement or a point read out makes the reply malformed. */
  async function deriveFollowUps(input: FollowUpsInput, opts?: ProviderCallOptions) {
    return runAttempts(runner, 'derive_follow_ups', opts, async (signal) => {
      const { data, usage } = await chat('follow_ups', followUpsPrompt(input), signal);
      const check = checkFollowUps(data.followUps, input.keyPoints);
      if (check.problem) throw new LlmCallFailure('malformed', check.problem, { retryable: false, usage });
      return { value: { followUps: check.followUps, derivedBy: evaluator, degraded: false }, usage };
    });
  }

  return {
    name: options.name,
    model: options.model,
    metered: true,
    evaluateAnswer,
    generateQuestions,
    deriveKeyPoints,
    deriveFollowUps,
  };
}

function toEvaluation(
  reply: EvaluationReply,
  check: EvidenceCheck,
  input: EvaluationInput,
  evaluator: string,
): Evaluation {
  return {
    score: reply.score,
    keyPoints: check.keyPoints,
    wrongClaims: reply.wrongClaims,
    feedback: reply.feedback.trim(),
    modelAnswer: reply.modelAnswer?.trim() || undefined,
    followUpQuestion: reply.followUpQuestion?.trim() || undefined,
    star: input.kind === 'behavioural' ? (reply.star ?? undefined) : undefined,
    evaluator,
    degraded: false,
  };
}
