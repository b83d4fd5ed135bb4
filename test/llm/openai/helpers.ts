// Shared set-up for the OpenAI provider specs: inputs, an in-memory recorder, and a sleep that only notes waits.
import { createSilentLogger } from '../../../src/logger.js';
import type { LlmCallRecord, LlmCallRecorder } from '../../../src/llm/chain/call-record.js';
import type { Sleep } from '../../../src/llm/openai/attempts.js';
import {
  createOpenAiProvider,
  type OpenAiProvider,
  type OpenAiProviderOptions,
} from '../../../src/llm/openai/openai-provider.js';
import type { EvaluationInput } from '../../../src/llm/types.js';

export const logger = createSilentLogger();

/** Records kept in memory, readable in assertions. */
export function memoryRecorder(): LlmCallRecorder & { calls: LlmCallRecord[] } {
  const calls: LlmCallRecord[] = [];
  return {
    calls,
    async record(call) {
      calls.push(call);
    },
  };
}

/** A sleep that resolves at once and remembers how long it was asked to wait. */
export function notingSleep(): Sleep & { waits: number[] } {
  const waits: number[] = [];
  const sleep = (async (ms: number) => {
    waits.push(ms);
  }) as Sleep & { waits: number[] };
  sleep.waits = waits;
  return sleep;
}

/**
 * The provider as the specs use it: `primary`, gpt-4o-mini at `baseUrl`, no retries unless overridden,
 * calls recorded in memory and sleeps only noted.
 */
export function testProvider(
  baseUrl: string,
  overrides: Partial<OpenAiProviderOptions> = {},
): OpenAiProvider {
  return createOpenAiProvider({
    name: 'primary',
    apiKey: 'sk-test',
    baseUrl,
    model: 'gpt-4o-mini',
    timeoutMs: 5_000,
    maxRetries: 0,
    recorder: memoryRecorder(),
    logger,
    sleep: notingSleep(),
    ...overrides,
  });
}

export const INDEX_ANSWER =
  'An index is a separate B-tree structure that keeps column values sorted with pointers to rows, so lookups avoid a full table scan. It speeds reads but every insert and update must also maintain the index, so writes get slower and it uses extra storage.';

/** A technical question with three key points. */
export function technicalInput(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    kind: 'technical',
    language: 'en',
    position: 'be',
    topic: 'databases',
    question: 'What is a database index and what does it cost?',
    answer: INDEX_ANSWER,
    exampleAnswer:
      'An index is an auxiliary data structure, usually a B-tree, that lets the database find rows without scanning the table; it costs write speed and storage.',
    keyPoints: [
      'data structure such as a B-tree',
      'avoids a full table scan',
      'slows writes and uses storage',
    ],
    ...overrides,
  };
}

export const REDACTED_CV = [
  'Jane Doe',
  '[email] · [phone]',
  'Experience',
  'Backend engineer at Acme Payments, 2021–2024',
  'Cut p99 checkout latency from 900 ms to 250 ms by moving fraud checks to an async queue',
  'Led migration of 40 services from Heroku to Kubernetes with zero downtime',
  'Projects',
  'Built an open-source rate limiter in Go used by 300 GitHub projects',
  'Wrote a Postgres logical replication tool for blue-green deploys',
  'Skills',
  'Go, TypeScript, PostgreSQL, Redis, Kafka, Kubernetes',
].join('\n');
