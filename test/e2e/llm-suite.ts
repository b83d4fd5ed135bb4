// What each LLM end-to-end suite sets up around its specifications: fake model servers and a rig, stopped after
// each one, and evaluation calls held open to play a restart.
import { afterEach } from 'vitest';
import {
  type FakeOpenAiServer,
  type FakeOpenAiServerOptions,
  type RecordedRequest,
  startFakeOpenAiServer,
} from '../fakes/openai-server.js';
import { type LlmRig, startLlmRig } from './llm-harness.js';
import { waitFor } from '../helpers/wait-for.js';

export interface LlmSuite {
  /** Start a fake model server, closed after the specification. */
  startFake(options?: FakeOpenAiServerOptions): Promise<FakeOpenAiServer>;
  /** Start the rig (one per specification), stopped after the fakes are closed. */
  startRig(env: Record<string, string>): Promise<LlmRig>;
}

/** Call inside a `describe`: everything started through the suite is stopped after each specification. */
export function useLlmSuite(): LlmSuite {
  const fakes: FakeOpenAiServer[] = [];
  let rig: LlmRig | undefined;
  afterEach(async () => {
    for (const fake of fakes.splice(0)) await fake.close();
    await rig?.stop();
    rig = undefined;
  });
  return {
    async startFake(options) {
      const fake = await startFakeOpenAiServer(options);
      fakes.push(fake);
      return fake;
    },
    async startRig(env) {
      rig = await startLlmRig(env);
      return rig;
    },
  };
}

/** Evaluation calls the fake has received so far. */
export const evaluationRequests = (fake: FakeOpenAiServer): RecordedRequest[] =>
  fake.requests.filter((r) => r.operation === 'evaluation');

/** Leave every evaluation call hanging until `release()`, as a model that never answers would. */
export function holdEvaluations(fake: FakeOpenAiServer): { release(): void } {
  let hanging = true;
  fake.addRoute((request) => (hanging && request.operation === 'evaluation' ? { kind: 'hang' } : undefined));
  return {
    release() {
      hanging = false;
    },
  };
}

/** Wait (up to 5 s) until the fake has received `n` evaluation calls. */
export async function waitForEvaluationRequests(fake: FakeOpenAiServer, n: number): Promise<void> {
  await waitFor(() => evaluationRequests(fake).length >= n, {
    timeoutMs: 5_000,
    what: `${n} evaluation requests`,
  });
}
