// What `npm start` runs when DISCORD_SHARDS is set: not a bot itself but the shards' manager. It starts
// one bot process per shard, serves /healthz and /metrics for all of them on HTTP_PORT, and stops them
// all on SIGTERM/SIGINT with the same bounded, quiet stop a single bot has.
import type { Config } from '../src/config/load-config.js';
import type { Language } from '../src/domain/types.js';
import { t } from '../src/i18n/index.js';
import type { Logger } from '../src/logger.js';
import { createOpsServer, type OpsServer } from '../src/ops/ops-server.js';
import { createShardFleet, type ShardFleet } from './discord/shard-fleet.js';
import { installGracefulStop } from './graceful-stop.js';

/** Run the manager until a signal stops it; `entryFile` is the bot's entry point, forked per shard. */
export async function runShardManager(
  config: Readonly<Config>,
  logger: Logger,
  language: Language,
  entryFile: string,
): Promise<void> {
  const env = config.env;
  let fleet: ShardFleet | undefined;
  let ops: OpsServer | undefined;
  const graceful = installGracefulStop({
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    logger,
    announce: (signal, seconds) => t(language, 'ops.stopping', { signal, seconds }),
    async stop(deadlineAt) {
      // The shards get the same deadline minus a moment, so none outlives this process.
      await fleet?.stop(deadlineAt - 500);
      await ops?.stop();
      logger.info('discord shard manager stopped');
    },
  });
  if (env.HTTP_PORT !== undefined) {
    ops = createOpsServer({
      port: env.HTTP_PORT,
      registry: () => fleet?.metrics(),
      health: async () =>
        fleet ? fleet.health() : { ok: false, database: 'down', platforms: {}, reason: 'starting' },
    });
    const port = await ops.start();
    process.stderr.write(`${t(language, 'ops.http_listening', { port })}\n`);
  }
  fleet = await createShardFleet({
    file: entryFile,
    token: env.DISCORD_TOKEN!,
    shards: env.DISCORD_SHARDS!,
    apiBaseUrl: env.DISCORD_API_BASE_URL,
    logger,
  });
  if (graceful.stopping) return;
  process.stderr.write(`${t(language, 'ops.discord_shards', { count: fleet.count })}\n`);
  await fleet.start();
}
