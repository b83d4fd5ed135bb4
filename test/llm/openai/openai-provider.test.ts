// The OpenAI-compatible provider against a loopback fake, driven by the real openai SDK.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenAiProviderOptions } from '../../../src/llm/openai/openai-provider.js';
import { LlmCallFailure } from '../../../src/llm/call-failure.js';
import {
  type FakeOpenAiServer,
  type FakeOpenAiServerOptions,
  startFakeOpenAiServer,
} from '../../fakes/openai-server.js';
import { INDEX_ANSWER, memoryRecorder, notingSleep, technicalInput, testProvider } from './helpers.js';

let fake: FakeOpenAiServer;
let recorder: ReturnType<typeof memoryRecorder>;
let sleep: ReturnType<typeof notingSleep>;

async function setUp(serverOptions: FakeOpenAiServerOptions = {}) {
  fake = await startFakeOpenAiServer(serverOptions);
}

function provider(overrides: Partial<OpenAiProviderOptions> = {}) {
  return testProvider(fake.baseUrl, { maxRetries: 2, recorder, sleep, ...overrides });
}

async function failureOf(promise: Promise<unknown>): Promise<LlmCallFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LlmCallFailure);
  return error as LlmCallFailure;
}

beforeEach(() => {
  recorder = memoryRecorder();
  sleep = notingSleep();
});
afterEach(async () => {
  await fake.close();
});

describe('openai provider: evaluation', () => {
  it('asks for a json_schema reply and keeps quotes that occur in the answer', async () => {
    await setUp();
    const evaluation = await provider().evaluateAnswer(technicalInput());
    expect(evaluation.evaluator).toBe('primary:gpt-4o-mini');
    expect(evaluation.degraded).toBe(false);
    expect(evaluation.score).toBe(6);
    expect(evaluation.keyPoints[0]).toMatchObject({
      status: 'covered',
      evidence: 'An index is a separate B-tree',
    });
    const [request] = fake.requests;
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'evaluation', strict: true },
    });
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(recorder.calls).toHaveLength(1);
    expect(recorder.calls[0]).toMatchObject({ provider: 'primary', operation: 'evaluate', outcome: 'ok' });
    expect(recorder.calls[0]?.promptTokens).toBeGreaterThan(0);
    expect(recorder.calls[0]?.costUsd).toBeGreaterThan(0);
  });

  it('anchors the score levels and asks for Korean feedback in a Korean session', async () => {
    await setUp();
    const evaluation = await provider().evaluateAnswer(technicalInput({ language: 'ko' }));
    const system = fake.requests[0]?.system ?? '';
    expect(system).toContain('0 = no answer');
    expect(system).toContain('10 = complete and precise');
    expect(system).toContain('a correct alternative earns the same credit');
    expect(system).toContain('natural Korean');
    expect(evaluation.feedback).toMatch(/[가-힣]/);
  });

  it('switches to json_object with the schema in the prompt when the endpoint rejects json_schema', async () => {
    await setUp({ supportsJsonSchema: false });
    const llm = provider();
    const first = await llm.evaluateAnswer(technicalInput());
    await llm.evaluateAnswer(technicalInput());
    expect(first.score).toBe(6);
    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object',
    ]);
    expect(fake.requests[1]?.system).toContain('matching this JSON Schema');
  });

  it('drops a quote that is not in the answer but keeps an evaluation whose other evidence holds', async () => {
    await setUp();
    fake.enqueue({
      kind: 'reply',
      content: {
        keyPoints: [
          {
            point: 'data structure such as a B-tree',
            status: 'covered',
            evidence: 'separate  B-TREE structure',
          },
          {
            point: 'avoids a full table scan',
            status: 'covered',
            evidence: 'lookups avoid a full table scan',
          },
          {
            point: 'slows writes and uses storage',
            status: 'partial',
            evidence: 'indexes are free to maintain',
          },
        ],
        wrongClaims: [],
        score: 8,
        feedback: 'Good.',
        modelAnswer: null,
        followUpQuestion: 'When would you not add an index?',
        star: null,
      },
    });
    const evaluation = await provider().evaluateAnswer(technicalInput());
    expect(evaluation.keyPoints.map((point) => point.evidence)).toEqual([
      'separate  B-TREE structure',
      'lookups avoid a full table scan',
      undefined,
    ]);
    expect(evaluation.followUpQuestion).toBe('When would you not add an index?');
  });

  it('scores empty, gibberish and copied-question answers by the pre-check without a request', async () => {
    await setUp();
    const llm = provider();
    const empty = await llm.evaluateAnswer(technicalInput({ answer: '   ' }));
    const gibberish = await llm.evaluateAnswer(
      technicalInput({ answer: 'asdfgh qwerty zxcvbn sdfgsdfg hjkl' }),
    );
    const copy = await llm.evaluateAnswer(
      technicalInput({ answer: 'What is a database index and what does it cost?' }),
    );
    expect([empty.precheck, gibberish.precheck, copy.precheck]).toEqual([
      'empty',
      'gibberish',
      'restates_question',
    ]);
    for (const evaluation of [empty, gibberish, copy]) {
      expect(evaluation.score).toBeLessThanOrEqual(1);
      expect(evaluation.evaluator).toBe('precheck');
    }
    expect(fake.requests).toHaveLength(0);
    expect(recorder.calls).toHaveLength(0);
  });
});

describe('openai provider: failures', () => {
  it('retries a 503 after a jittered backoff and records the retried attempt', async () => {
    await setUp();
    fake.enqueue({ kind: 'status', status: 503 });
    const evaluation = await provider({ retry: { baseDelayMs: 400 }, random: () => 0.5 }).evaluateAnswer(
      technicalInput(),
    );
    expect(evaluation.score).toBe(6);
    expect(sleep.waits).toEqual([200]);
    expect(recorder.calls.map((call) => call.outcome)).toEqual(['error', 'ok']);
    expect(recorder.calls[0]?.error).toMatch(/^retried: 503/);
  });

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    await setUp();
    fake.enqueue({ kind: 'rate_limit', retryAfterSeconds: 2 });
    await provider().evaluateAnswer(technicalInput());
    expect(sleep.waits).toEqual([2000]);
    expect(recorder.calls.map((call) => call.outcome)).toEqual(['rate_limited', 'ok']);
  });

  it('gives up at once when Retry-After would end after the deadline', async () => {
    await setUp();
    fake.enqueue({ kind: 'rate_limit', retryAfterSeconds: 30 });
    const failure = await failureOf(
      provider().evaluateAnswer(technicalInput(), { deadlineAt: Date.now() + 5_000 }),
    );
    expect(failure.outcome).toBe('rate_limited');
    expect(sleep.waits).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('treats a cut body and a closed socket as transient', async () => {
    await setUp();
    fake.enqueue({ kind: 'cut' }, { kind: 'close' });
    const evaluation = await provider().evaluateAnswer(technicalInput());
    expect(evaluation.score).toBe(6);
    expect(recorder.calls.map((call) => call.outcome)).toEqual(['error', 'error', 'ok']);
  });

  it('stops after maxRetries transient failures', async () => {
    await setUp();
    fake.enqueue(
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503 },
    );
    const failure = await failureOf(provider().evaluateAnswer(technicalInput()));
    expect(failure.outcome).toBe('error');
    expect(fake.requests).toHaveLength(3);
    expect(recorder.calls.map((call) => call.error?.startsWith('retried: '))).toEqual([true, true, false]);
  });

  it('does not retry a 401', async () => {
    await setUp();
    fake.enqueue({ kind: 'status', status: 401, message: 'bad key' });
    const failure = await failureOf(provider().evaluateAnswer(technicalInput()));
    expect(failure.options.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });

  it('times out an endpoint that never answers', async () => {
    await setUp();
    fake.enqueue({ kind: 'hang' });
    const failure = await failureOf(
      provider({ timeoutMs: 200, maxRetries: 0 }).evaluateAnswer(technicalInput()),
    );
    expect(failure.outcome).toBe('timeout');
    expect(recorder.calls[0]?.outcome).toBe('timeout');
  });

  it('retries invalid JSON once, then reports the reply as malformed', async () => {
    await setUp();
    fake.enqueue({ kind: 'invalid_json' }, { kind: 'schema_violation' });
    const failure = await failureOf(provider().evaluateAnswer(technicalInput()));
    expect(failure.outcome).toBe('malformed');
    expect(failure.message).toMatch(/schema/);
    expect(fake.requests).toHaveLength(2);
    expect(recorder.calls.map((call) => call.outcome)).toEqual(['malformed', 'malformed']);
    expect(recorder.calls[0]?.promptTokens).toBeGreaterThan(0);
  });

  it('succeeds when the retry of a malformed reply is well formed', async () => {
    await setUp();
    fake.enqueue({ kind: 'schema_violation' });
    const evaluation = await provider().evaluateAnswer(technicalInput());
    expect(evaluation.keyPoints[0]?.evidence).toBe(INDEX_ANSWER.split(' ').slice(0, 6).join(' '));
  });
});
