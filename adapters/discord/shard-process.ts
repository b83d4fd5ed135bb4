// The shard side of Discord sharding: a bot process started by the shard manager. It runs the whole bot
// with Discord on its shard only (discord.js reads SHARDS/SHARD_COUNT from the environment), leaves the
// HTTP port to the manager, and answers the manager's questions about its health and metrics.
import type { HealthReport } from '../../src/ops/health.js';
import {
  isInterviewMessage,
  type ManagerMessage,
  type ShardAnswer,
  type ShardMetrics,
} from './shard-messages.js';

/** Which shard this process is, when the ShardingManager started it. */
export interface ShardIdentity {
  id: number;
  count: number;
}

/** This process's shard, from the variables discord.js's ShardingManager sets; undefined otherwise. */
export function shardFromEnv(env: NodeJS.ProcessEnv): ShardIdentity | undefined {
  if (!env.SHARDING_MANAGER || env.SHARDS === undefined || env.SHARD_COUNT === undefined) return undefined;
  const id = Number(env.SHARDS);
  const count = Number(env.SHARD_COUNT);
  if (!Number.isInteger(id) || !Number.isInteger(count) || id < 0 || id >= count) return undefined;
  return { id, count };
}

/**
 * The environment a shard's bot is configured from: no HTTP server (the manager serves /healthz and
 * /metrics for every shard), no console, and Slack only in shard 0, so Slack is connected exactly once.
 */
export function shardEnvironment(env: NodeJS.ProcessEnv, shard: ShardIdentity): NodeJS.ProcessEnv {
  const slackOff = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' };
  return { ...env, HTTP_PORT: '', CONSOLE: 'off', ...(shard.id === 0 ? {} : slackOff) };
}

/** Answer the manager: health and metrics when asked, a graceful stop when told or when the manager is gone. */
export function answerManager(handlers: {
  health: () => Promise<HealthReport>;
  metrics: () => Promise<ShardMetrics>;
  stop: () => void;
}): void {
  const reply = (answer: ShardAnswer) => process.send?.(answer);
  // The manager died without a word (kill -9): no orphan shard keeps a gateway session open.
  process.on('disconnect', () => handlers.stop());
  process.on('message', (message: unknown) => {
    if (!isInterviewMessage<ManagerMessage>(message)) return;
    if (message.interview === 'stop') return handlers.stop();
    if (message.what === 'health') {
      void handlers.health().then(
        (body) => reply({ interview: 'answer', id: message.id, what: 'health', body }),
        () => undefined,
      );
    } else {
      void handlers.metrics().then(
        (body) => reply({ interview: 'answer', id: message.id, what: 'metrics', body }),
        () => undefined,
      );
    }
  });
}
