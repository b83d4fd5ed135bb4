// Daily answers are scored by the language model while the workspace's token budget lasts, then by the
// offline evaluator, labelled as such; and they never use interview quota.
import { afterEach, describe, expect, it } from 'vitest';
import { createLlmCallsStore } from '../../src/stores/llm-calls-store.js';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/openai-server.js';
import { type CreatedDatabase, testDatabases } from '../helpers/databases.js';
import { admin, CHANNEL, type DailyRig, member, startDailyRig } from './daily-rig.js';

describe('daily answers and the token budget', () => {
  let db: CreatedDatabase | undefined;
  let rig: DailyRig | undefined;
  let model: FakeOpenAiServer | undefined;
  afterEach(async () => {
    await rig?.stop();
    await model?.close();
    await db?.destroy();
  });

  it('uses the model, then the labelled offline evaluator once the budget is spent', async () => {
    model = await startFakeOpenAiServer();
    db = await testDatabases()[0]!.create();
    rig = await startDailyRig(db.knex, { now: Date.now() }, undefined, {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: model.baseUrl,
      LLM_DAILY_TOKEN_BUDGET: '100000',
    });
    await rig.daily(admin, { action: 'set', position: 'be' });
    expect(await rig.daily(admin, { action: 'now' })).toMatch(/Posted a question in #C0STUDY/);
    const post = (await rig.core.daily.store.listPosts('slack', 'T1', CHANNEL))[0]!;
    const threadId = post.threadId!;
    const question = (await rig.core.deps.bank.get(post.questionId))!;

    await rig.reply(member('UMINJI'), threadId, question.exampleAnswer);
    expect(await rig.core.runner.whenIdle(15_000)).toBe(true);
    expect(rig.messenger.privateTo('UMINJI').at(-1)).toMatch(
      /Scored by the language model primary:gpt-4o-mini\./,
    );
    expect(model.requests.length).toBeGreaterThan(0);

    await createLlmCallsStore(db.knex).record({
      provider: 'primary',
      model: 'gpt-4o-mini',
      operation: 'evaluate',
      workspaceKey: 'slack:T1',
      startedAt: Date.now(),
      latencyMs: 10,
      promptTokens: 100_000,
      completionTokens: 0,
      costUsd: 0,
      outcome: 'ok',
    });
    const requests = model.requests.length;
    await rig.reply(member('UJOON'), threadId, question.exampleAnswer);
    expect(await rig.core.runner.whenIdle(15_000)).toBe(true);
    expect(rig.messenger.privateTo('UJOON').at(-1)).toMatch(
      /Scored by the offline evaluator, as a fallback: this workspace's daily language-model budget is spent\./,
    );
    expect(model.requests).toHaveLength(requests);
    const sessions = await db.knex('sessions').count({ n: '*' }).first();
    expect(Number(sessions?.n)).toBe(0);
  });
});
