// Entry point (`npm start`): load the config, start every enabled platform and the HTTP endpoints, and
// stop cleanly on SIGTERM/SIGINT or at the end of the console's input. With DISCORD_SHARDS it becomes the
// shards' manager instead, and each shard process it forks runs this file again as one shard's bot.
import { fileURLToPath } from 'node:url';
import { type Bot, createBot } from '../commands/create-bot.js';
import { ChartFontMissingError } from '../src/charts/fonts.js';
import { type Config, ConfigError, loadConfig } from '../src/config/load-config.js';
import type { Language } from '../src/domain/types.js';
import { languageFromLocale, type MessageKey, t } from '../src/i18n/index.js';
import { createLogger } from '../src/logger.js';
import { checkHealth } from '../src/ops/health.js';
import { createOpsServer, type OpsServer } from '../src/ops/ops-server.js';
import { claimSqliteFile, type SqliteClaim, SqliteInUseError } from '../src/ops/sqlite-instance.js';
import { type Terminal, terminalIdentity } from './console/console-adapter.js';
import { createPlatformAdapters } from './create-platform-adapters.js';
import { answerManager, shardEnvironment, shardFromEnv } from './discord/shard-process.js';
import { installGracefulStop } from './graceful-stop.js';

async function main(): Promise<void> {
  const shard = shardFromEnv(process.env);
  let config: Config;
  try {
    config = loadConfig(shard ? shardEnvironment(process.env, shard) : process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw error;
  }
  const env = config.env;
  const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  // Whoever runs the process reads these lines: their locale, else the bot's default language.
  const language: Language =
    languageFromLocale(process.env.LC_ALL || process.env.LANG) ?? env.DEFAULT_LANGUAGE;
  if (!shard && config.discordEnabled && env.DISCORD_SHARDS !== undefined) {
    // Imported only here: the manager loads all of discord.js (~900 modules, ~0.5 s), which a bot
    // without Discord sharding must not pay for at every start.
    const { runShardManager } = await import('./shard-manager-main.js');
    return runShardManager(config, logger, language, fileURLToPath(import.meta.url));
  }

  let bot: Bot | undefined;
  let ops: OpsServer | undefined;
  let claim: SqliteClaim | undefined;
  const graceful = installGracefulStop({
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    logger,
    announce: (signal, seconds) => t(language, 'ops.stopping', { signal, seconds }),
    // A shard stays quiet: its manager says the one line (on Ctrl-C every process gets the signal).
    write: shard ? () => {} : undefined,
    async stop(deadlineAt) {
      await bot?.stop({ deadlineAt });
      // Only once this bot is done with the file may another start on it.
      claim?.release();
      await ops?.stop();
      logger.info('interview bot stopped');
    },
  });

  let finishConsole: () => void = () => {};
  const consoleDone = new Promise<void>((resolve) => {
    finishConsole = resolve;
  });
  let adapters: Awaited<ReturnType<typeof createPlatformAdapters>>['adapters'] = [];
  if (shard) {
    answerManager({
      health: async () =>
        bot
          ? checkHealth({ knex: bot.core.knex, adapters })
          : { ok: false, database: 'down', platforms: { discord: 'connecting' }, reason: 'starting' },
      metrics: async () => (bot ? bot.core.metrics.registry.getMetricsAsJSON() : []),
      stop: () => void graceful.stopNow(0),
    });
  }
  if (env.HTTP_PORT !== undefined) {
    ops = createOpsServer({
      port: env.HTTP_PORT,
      registry: () => bot?.core.metrics.registry,
      health: async () =>
        bot
          ? checkHealth({ knex: bot.core.knex, adapters })
          : { ok: false, database: 'down', platforms: {}, reason: 'starting' },
    });
  }
  const wiring = await createPlatformAdapters(config, logger, {
    onConsoleInputEnd: () => finishConsole(),
    mountHttp: ops ? (listener) => ops.mount(listener) : undefined,
  });
  adapters = wiring.adapters;
  // Listening before the database is migrated lets a probe tell "starting" (503) from "dead".
  if (ops) {
    const port = await ops.start();
    process.stderr.write(`${t(language, 'ops.http_listening', { port })}\n`);
  }
  bot = await createBot({ config, logger, adapters });
  if (graceful.stopping) return;
  if (config.database.client === 'sqlite' && config.database.filename !== ':memory:') {
    try {
      claim = await claimSqliteFile(config.database.filename, {
        onWait: () => process.stderr.write(`${t(language, 'ops.sqlite_waiting')}\n`),
      });
    } catch (error) {
      if (!(error instanceof SqliteInUseError)) throw error;
      process.stderr.write(`${t(language, 'ops.sqlite_in_use', { file: error.file })}\n`);
      process.exit(2);
    }
  }

  if (adapters.length === 0) process.stderr.write(`${t(language, 'ops.worker_only')}\n`);
  try {
    await bot.start();
  } catch (error) {
    // A stop during start-up (a platform still connecting) makes its start reject: the stop owns the exit.
    if (graceful.stopping) return;
    throw error;
  }
  logger.info(
    {
      platforms: adapters.map((a) => a.platform),
      database: config.database.client,
      evaluator: bot.core.llm.name,
    },
    'interview bot started',
  );

  if (wiring.consoleTerminal) {
    await showOpenInterview(bot, wiring.consoleTerminal, { before: 'engine.resuming', tone: 'info' });
    await consoleDone;
    await finishWorkInFlight(bot, env.REPORT_DEADLINE_MS + 30_000, () => graceful.stopping);
    if (wiring.consoleTerminal && !graceful.stopping) {
      await showOpenInterview(bot, wiring.consoleTerminal, {
        after: 'engine.input_ended_open',
        tone: 'warning',
      });
    }
    await graceful.stopNow(0);
  }
}

/** End of console input: finish the work in flight (the report included) before exiting. */
async function finishWorkInFlight(bot: Bot, withinMs: number, stopping: () => boolean): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline && !stopping()) {
    const idle = await bot.core.runner.whenIdle(1000);
    if (idle && !(await bot.core.reportsPending('console'))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Show the terminal user the interview they have open, if any, between `before` (said first) and
 * `after`: after a restart ("welcome back", then the question they were on), and when piped input
 * ends with it still open (the status, then that it is saved and how to go on) rather than exiting
 * without a word. Other platforms keep their own history.
 */
async function showOpenInterview(
  bot: Bot,
  terminal: Terminal,
  words: { before?: MessageKey; after?: MessageKey; tone: 'info' | 'warning' },
): Promise<void> {
  const { user, where } = terminalIdentity(terminal);
  const status = await bot.core.engine.status(user).catch(() => []);
  if (status.length === 0) return;
  const language = await bot.core.engine.languageFor(user);
  const say = (key: MessageKey) => bot.messenger.send(where, { tone: words.tone, text: t(language, key) });
  if (words.before) await say(words.before);
  for (const message of status) await bot.messenger.send(where, message);
  if (words.after) await say(words.after);
}

main().catch((error) => {
  if (error instanceof ChartFontMissingError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
