// The manager side of Discord sharding: discord.js's ShardingManager starts one bot process per shard
// (this entry file again, with SHARDS/SHARD_COUNT set), respawns one that dies, and this module stops
// them on a signal and gathers their health and metrics for the one HTTP port the manager serves.
import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { Logger } from '../../src/logger.js';
import { type HealthReport, judgeHealth } from '../../src/ops/health.js';
import type { ConnectionState } from '../../src/platform/types.js';
import {
  isInterviewMessage,
  type ShardAnswer,
  type ShardMetrics,
  type ShardQuestion,
} from './shard-messages.js';

export interface ShardFleetOptions {
  /** The bot's entry file, forked once per shard. */
  file: string;
  token: string;
  /** DISCORD_SHARDS: a count, or auto (asked of Discord's GET /gateway/bot). */
  shards: number | 'auto';
  /** REST base (the fake's in tests); discord.js's own auto-count ignores it, so the count is asked here. */
  apiBaseUrl?: string | undefined;
  /** Between two shards' identifies: Discord allows one per 5 s per bucket. */
  spawnDelayMs?: number | undefined;
  /** How long a shard may take to start (migrations included) before the next is started anyway. */
  readyTimeoutMs?: number | undefined;
  logger: Logger;
}

export interface ShardFleet {
  readonly count: number;
  /** Start every shard, one after another; resolves once each is ready, gave up, or a stop began. */
  start(): Promise<void>;
  /** Every shard's health in one report: `discord shard N` per shard, Slack from shard 0. */
  health(): Promise<HealthReport>;
  /** Every shard's metrics summed (gauges of the shared job queue: the largest reading). */
  metrics(): Promise<Registry>;
  /** Stop every shard gracefully by `deadlineAt`, then kill what is left; no respawn. */
  stop(deadlineAt: number): Promise<void>;
}

/** How long a shard has to answer a question before it counts as not answering. */
const ANSWER_TIMEOUT_MS = 2000;

/** The shard count Discord recommends for this bot. */
export async function recommendedShardCount(token: string, apiBaseUrl?: string): Promise<number> {
  const rest = new REST(apiBaseUrl ? { api: apiBaseUrl } : {}).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

/** Resolve the count and create the fleet; nothing is spawned until `start`. */
export async function createShardFleet(options: ShardFleetOptions): Promise<ShardFleet> {
  const count =
    options.shards === 'auto'
      ? await recommendedShardCount(options.token, options.apiBaseUrl)
      : options.shards;
  const manager = new ShardingManager(options.file, {
    totalShards: count,
    token: options.token,
    mode: 'process',
    execArgv: process.execArgv,
  });
  const logger = options.logger.child({ component: 'shards' });
  const spawnDelayMs = options.spawnDelayMs ?? 5500;
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  let stopping = false;
  let wake: () => void = () => {};
  let nextQuestion = 0;

  manager.on('shardCreate', (shard: Shard) => {
    shard.on('death', () => {
      if (!stopping) logger.warn({ shard: shard.id }, 'discord shard process exited; it is restarted');
    });
    shard.on('error', (error: Error) => logger.error({ err: error, shard: shard.id }, 'discord shard error'));
  });

  const ask = <T>(shard: Shard, what: ShardQuestion['what']): Promise<T | undefined> => {
    const child = shard.process;
    if (!child?.connected) return Promise.resolve(undefined);
    nextQuestion += 1;
    const id = nextQuestion;
    return new Promise((resolve) => {
      const done = (value: T | undefined) => {
        clearTimeout(timer);
        child.off('message', listen);
        resolve(value);
      };
      const listen = (message: unknown) => {
        if (isInterviewMessage<ShardAnswer>(message) && message.interview === 'answer' && message.id === id) {
          done(message.body as T);
        }
      };
      const timer = setTimeout(() => done(undefined), ANSWER_TIMEOUT_MS);
      child.on('message', listen);
      shard.send({ interview: 'ask', id, what } satisfies ShardQuestion).catch(() => done(undefined));
    });
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  return {
    count,

    async start() {
      logger.info({ shards: count }, 'starting discord shards');
      for (let id = 0; id < count && !stopping; id += 1) {
        if (id > 0) await pause(spawnDelayMs);
        if (stopping) break;
        const shard = manager.createShard(id);
        await shard.spawn(readyTimeoutMs).then(
          () => logger.info({ shard: id }, 'discord shard ready'),
          (error: unknown) => logger.error({ err: error, shard: id }, 'discord shard did not become ready'),
        );
      }
    },

    async health() {
      const platforms: Record<string, ConnectionState> = {};
      let database: 'ok' | 'down' = 'ok';
      const reports = await Promise.all(
        Array.from({ length: count }, (_, id) => {
          const shard = manager.shards.get(id);
          return shard ? ask<HealthReport>(shard, 'health') : Promise.resolve(undefined);
        }),
      );
      reports.forEach((report, id) => {
        const name = `discord shard ${id}`;
        if (!report) {
          // Not started yet, starting, or dead and being restarted: either way not serving its guilds.
          platforms[name] = stopping ? 'down' : 'connecting';
          return;
        }
        if (report.database === 'down') database = 'down';
        for (const [platform, state] of Object.entries(report.platforms)) {
          platforms[platform === 'discord' ? name : platform] = state;
        }
      });
      return judgeHealth(database, platforms);
    },

    async metrics() {
      const shards = [...manager.shards.values()];
      const answers = await Promise.all(shards.map((shard) => ask<ShardMetrics>(shard, 'metrics')));
      return AggregatorRegistry.aggregate(answers.filter((answer): answer is ShardMetrics => !!answer));
    },

    async stop(deadlineAt) {
      stopping = true;
      manager.respawn = false;
      wake();
      const shards = [...manager.shards.values()].filter((shard) => shard.process);
      await Promise.all(
        shards.map(async (shard) => {
          const child = shard.process!;
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          // A message, not a signal: on Ctrl-C the shards got SIGINT from the terminal already, and a
          // second signal would make them quit at once instead of finishing their work.
          await shard.send({ interview: 'stop' }).catch(() => child.kill('SIGTERM'));
          const late = setTimeout(() => child.kill('SIGKILL'), Math.max(0, deadlineAt - Date.now()));
          await exited;
          clearTimeout(late);
        }),
      );
    },
  };
}
