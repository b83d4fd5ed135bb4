// DISCORD_SHARDS=2 on a real `npm start`: discord.js's ShardingManager forks one bot per shard against the
// fake gateway; each shard gets its own guild's events, DMs and DM commands arrive on shard 0, /healthz
// answers for every shard and /metrics adds them up, a killed shard is restarted, and SIGTERM stops the
// lot with exit 0.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import type { HealthReport } from '../../src/ops/health.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { type FakeGuild, guildIdOnShard } from '../fakes/discord/gateway.js';
import { nextId } from '../fakes/discord/payloads.js';
import { aUser } from '../discord/harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { buildIfStale, npmStart, type RunningBot, STACK_FRAME } from './npm-start.js';

const pgUrl = process.env.TEST_POSTGRES_URL;
const SHUTDOWN_TIMEOUT_MS = 8000;

const guildOn = (shard: number, name: string): FakeGuild => ({
  id: guildIdOnShard(shard, 2),
  name,
  channels: [{ id: nextId(), name: 'general' }],
  roles: [],
});

async function health(base: string): Promise<{ status: number; body: HealthReport }> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: (await response.json()) as HealthReport };
}

/** The processes `pid` started (npm's node, the manager's shards). */
const childPids = (pid: number): number[] =>
  spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);

/** The sum of a counter's samples in Prometheus text, over every label set matching `labels`. */
function total(metrics: string, name: string, labels: RegExp): number {
  return metrics
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && labels.test(line))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe.skipIf(!pgUrl)('Discord at two shards (npm start, PostgreSQL)', () => {
  const schema = `t_shards_${randomBytes(4).toString('hex')}`;
  const guildA = guildOn(0, 'Shard zero club');
  const guildB = guildOn(1, 'Shard one club');
  let fake: FakeDiscord;
  let bot: RunningBot;
  let base: string;

  beforeAll(async () => {
    buildIfStale();
    const admin = openDatabase({ client: 'pg', url: pgUrl! });
    await admin.raw(`create schema "${schema}"`);
    await admin.destroy();
    fake = await startFakeDiscord({ guild: guildA, otherGuilds: [guildB] });
    const separator = pgUrl!.includes('?') ? '&' : '?';
    bot = npmStart({
      DATABASE_URL: `${pgUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      DISCORD_TOKEN: fake.token,
      DISCORD_APP_ID: fake.appId,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      DISCORD_SHARDS: '2',
      HTTP_PORT: '0',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    });
    const out = await bot.waitFor(/healthz and \/metrics/);
    base = `http://127.0.0.1:${/127\.0\.0\.1:(\d+)\/healthz/.exec(out)![1]}`;
  }, 240_000);

  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await fake?.close();
    const admin = openDatabase({ client: 'pg', url: pgUrl! });
    await admin.raw(`drop schema if exists "${schema}" cascade`);
    await admin.destroy();
  });

  it('reports unhealthy while shard 1 is not up yet, naming it, then healthy once both are', async () => {
    const partial = await waitFor(
      async () => {
        const report = await health(base);
        return report.body.platforms['discord shard 0'] === 'connected' && report;
      },
      { timeoutMs: 180_000, what: 'shard 0 connected' },
    );
    expect(partial.status).toBe(503);
    expect(partial.body.platforms['discord shard 1']).toBe('connecting');
    expect(partial.body.reason).toContain('discord shard 1 is connecting');

    const whole = await waitFor(
      async () => {
        const report = await health(base);
        return report.status === 200 && report;
      },
      { timeoutMs: 180_000, what: 'both shards connected' },
    );
    expect(whole.body).toEqual({
      ok: true,
      database: 'ok',
      platforms: { 'discord shard 0': 'connected', 'discord shard 1': 'connected' },
    });
  }, 400_000);

  it('connects each shard as its own process with its own guild, and registers the commands once', () => {
    const shards = fake.gateway.identifies.map((identify) => ({
      shard: identify.shard,
      guilds: identify.guilds,
    }));
    expect(shards).toEqual([
      { shard: [0, 2], guilds: [guildA.id] },
      { shard: [1, 2], guilds: [guildB.id] },
    ]);
    expect(fake.gateway.openSessions).toBe(2);
    expect(fake.callsTo('PUT', /^\/applications\/\d+\/commands$/)).toHaveLength(1);
  });

  it('answers a command in each shard’s guild exactly once', async () => {
    for (const guild of [guildA, guildB]) {
      const { token } = fake.runSlashCommand({ user: aUser('jiwoo'), subcommand: 'help', guild });
      const reply = await fake.waitForReply(token, 30_000);
      expect(JSON.stringify(reply)).toMatch(/interview start/);
      expect(fake.callsTo('POST', new RegExp(`/${token}/callback$`))).toHaveLength(1);
    }
  }, 60_000);

  it('handles DMs and DM commands, which Discord sends to shard 0', async () => {
    const member = fake.addUser(aUser('seoyeon'));
    const { token } = fake.runSlashCommand({ user: member, subcommand: 'help', inDm: true });
    await fake.waitForReply(token, 30_000);
    const { channelId } = fake.sendDirectMessage({ user: member, content: 'status' });
    const replies = await fake.waitForMessages(channelId, 1, 30_000);
    expect(replies.length).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('serves every shard’s metrics on the manager’s port, added up', async () => {
    const metrics = await waitFor(
      async () => {
        const text = await (await fetch(`${base}/metrics`)).text();
        // Four events so far: a command in each guild, a DM command, a DM message.
        return total(text, 'interview_messages_handled_total', /platform="discord"/) >= 4 && text;
      },
      { timeoutMs: 30_000, what: 'four handled Discord events in /metrics' },
    );
    expect(total(metrics, 'interview_messages_handled_total', /platform="discord"/)).toBe(4);
    expect(metrics).toMatch(/^interview_job_queue_depth \d+$/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);
  }, 60_000);

  it('restarts a shard process that dies, and is unhealthy until it is back', async () => {
    const [manager] = childPids(bot.child.pid!);
    const shardOne = childPids(manager!).find((pid) =>
      readFileSync(`/proc/${pid}/environ`, 'utf8').includes('\0SHARDS=1\0'),
    );
    process.kill(shardOne!, 'SIGKILL');
    const down = await waitFor(
      async () => {
        const report = await health(base);
        return report.status === 503 && report;
      },
      { timeoutMs: 30_000, what: '/healthz to notice the dead shard' },
    );
    expect(down.body.platforms['discord shard 0']).toBe('connected');
    expect(down.body.platforms['discord shard 1']).not.toBe('connected');
    await waitFor(async () => (await health(base)).status === 200, {
      timeoutMs: 120_000,
      what: 'the restarted shard connected',
    });
    expect(fake.gateway.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
      [1, 2],
    ]);
  }, 180_000);

  it('stops every shard on SIGTERM: exit 0, one line, no stack trace, no shard left connected', async () => {
    const sentAt = Date.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    const output = bot.output();
    expect(code).toBe(0);
    expect(at - sentAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
    expect(output).not.toMatch(STACK_FRAME);
    expect(output.match(/Stopping \(SIGTERM\)/g)).toHaveLength(1);
    await waitFor(() => fake.gateway.openSessions === 0, { what: 'every shard disconnected' });
  }, 60_000);
});
