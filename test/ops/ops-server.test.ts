// /healthz and /metrics on HTTP_PORT, and Slack's HTTP mode served from the same port.
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { openDatabase } from '../../src/db/connection.js';
import type { LlmCallRecorder } from '../../src/llm/chain/call-record.js';
import { createSilentLogger } from '../../src/logger.js';
import { instrumentCallRecorder, instrumentSink } from '../../src/metrics/instrument.js';
import { createBotMetrics } from '../../src/metrics/metrics.js';
import { checkHealth, judgeHealth } from '../../src/ops/health.js';
import { createOpsServer, type OpsServer } from '../../src/ops/ops-server.js';
import type { ConnectionState, PlatformAdapter } from '../../src/platform/types.js';
import { FAKE_CREDENTIALS, startFakeSlack } from '../fakes/slack/fake-slack.js';
import { createHttpDriver } from '../fakes/slack/slack-driver.js';
import { slashCommand } from '../fakes/slack/payloads.js';
import { createRecordingSink } from '../fakes/slack/recording-sink.js';
import { waitFor } from '../slack/harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An adapter that only reports a connection state: all the health check asks of it. */
const adapterIn = (state: ConnectionState) =>
  ({ platform: 'discord', connection: () => state }) as PlatformAdapter;

async function serve(server: OpsServer): Promise<string> {
  const port = await server.start();
  cleanups.push(() => server.stop());
  return `http://127.0.0.1:${port}`;
}

describe('health', () => {
  it('is healthy only when the database answers and every platform is connected', () => {
    expect(judgeHealth('ok', { discord: 'connected', console: 'connected' })).toEqual({
      ok: true,
      database: 'ok',
      platforms: { discord: 'connected', console: 'connected' },
    });
    expect(judgeHealth('ok', { discord: 'reconnecting' })).toMatchObject({
      ok: false,
      reason: 'discord is reconnecting',
    });
    expect(judgeHealth('down', { slack: 'down' })).toMatchObject({
      ok: false,
      reason: 'database does not answer; slack is down',
    });
  });

  it('answers 200, then 503 with a JSON reason once the database is gone', async () => {
    const knex = openDatabase({ client: 'sqlite', filename: ':memory:' });
    const metrics = createBotMetrics();
    const base = await serve(
      createOpsServer({
        port: 0,
        registry: () => metrics.registry,
        health: () => checkHealth({ knex, adapters: [adapterIn('connected')] }),
      }),
    );
    const healthy = await fetch(`${base}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({
      ok: true,
      database: 'ok',
      platforms: { discord: 'connected' },
    });

    await knex.destroy();
    const sick = await fetch(`${base}/healthz`);
    expect(sick.status).toBe(503);
    expect(await sick.json()).toMatchObject({
      ok: false,
      database: 'down',
      reason: 'database does not answer',
    });
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });
});

describe('metrics', () => {
  it('serves every metric the operators dashboard reads, with Node defaults, in Prometheus text', async () => {
    const metrics = createBotMetrics();
    metrics.watchQueue(async () => ({ due: 3, oldestAgeSeconds: 12.5 }));
    const recorder = instrumentCallRecorder<LlmCallRecorder>({ record: async () => {} }, metrics);
    const call = { model: 'm', startedAt: 0, promptTokens: 1, completionTokens: 1, costUsd: 0 };
    await recorder.record({
      ...call,
      provider: 'primary',
      operation: 'evaluate',
      latencyMs: 900,
      outcome: 'timeout',
    });
    await recorder.record({
      ...call,
      provider: 'offline',
      operation: 'evaluate',
      latencyMs: 4,
      outcome: 'ok',
    });
    const sink = instrumentSink(async () => [], metrics);
    await sink({
      kind: 'message',
      eventId: 'e1',
      text: 'hi',
      attachments: [],
      user: { platform: 'console', workspaceId: 'local', userId: 'u', isAdmin: false },
      where: { platform: 'console', workspaceId: 'local', channelId: 'c' },
    } as never);
    const base = await serve(
      createOpsServer({
        port: 0,
        registry: () => metrics.registry,
        health: async () => judgeHealth('ok', {}),
      }),
    );
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const line of [
      'interview_sessions_total{outcome="started"} 0',
      'interview_messages_handled_total{platform="console",kind="message",result="ok"} 1',
      'interview_model_calls_total{provider="primary",operation="evaluate",outcome="timeout"} 1',
      'interview_model_fallbacks_total{provider="primary",operation="evaluate"} 1',
      'interview_job_queue_depth 3',
      'interview_job_queue_oldest_age_seconds 12.5',
    ]) {
      expect(text).toContain(line);
    }
    for (const name of [
      'interview_ack_latency_seconds_bucket',
      'interview_model_call_seconds_bucket',
      'interview_cv_parse_seconds',
      'interview_cv_refusals_total',
      'nodejs_eventloop_lag_p99_seconds',
      'process_resident_memory_bytes',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('interview_model_fallbacks_total{provider="offline"');
  });
});

describe('one port for Slack HTTP mode and the endpoints', () => {
  it('hands Slack its requests on HTTP_PORT while /healthz still answers', async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const metrics = createBotMetrics();
    const server = createOpsServer({
      port: 0,
      registry: () => metrics.registry,
      health: async () => judgeHealth('ok', {}),
    });
    const adapter = createSlackAdapter({
      botToken: FAKE_CREDENTIALS.botToken,
      signingSecret: FAKE_CREDENTIALS.signingSecret,
      port: 1,
      adminUserIds: [],
      apiUrl: fake.api.apiUrl,
      logger: createSilentLogger(),
      retryConfig: { retries: 0 },
      mountHttp: (listener) => server.mount(listener),
    });
    const base = await serve(server);
    const recorder = createRecordingSink();
    await adapter.registerCommands([]);
    await adapter.start(recorder.sink);
    cleanups.push(() => adapter.stop());
    expect(adapter.connection?.()).toBe('connected');

    const driver = createHttpDriver(`${base}/slack/events`, FAKE_CREDENTIALS.signingSecret);
    const delivery = await driver.command(
      slashCommand({ text: 'help', userId: 'U1', responseUrlBase: fake.api.responseUrlBase }),
    );
    expect(delivery.status).toBe(200);
    // HTTP mode acknowledges before the handler has run.
    await waitFor(() => recorder.events.length > 0);
    expect(recorder.events.map((event) => event.kind)).toEqual(['command']);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const forged = createHttpDriver(`${base}/slack/events`, 'not-the-secret');
    expect(
      (await forged.command(slashCommand({ text: 'help', userId: 'U1', responseUrlBase: '' }))).status,
    ).toBe(401);
  });
});
