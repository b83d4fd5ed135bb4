// Entry point (`npm start`): load the config, start every enabled platform, and shut down cleanly.
import { type Bot, createBot } from '../commands/create-bot.js';
import { ChartFontMissingError } from '../src/charts/fonts.js';
import { ConfigError, loadConfig } from '../src/config/load-config.js';
import { t } from '../src/i18n/index.js';
import { createLogger } from '../src/logger.js';
import { type Terminal, terminalIdentity } from './console/console-adapter.js';
import { createPlatformAdapters } from './create-platform-adapters.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.env.LOG_LEVEL, format: config.env.LOG_FORMAT });
  let finishConsole: () => void = () => {};
  const consoleDone = new Promise<void>((resolve) => {
    finishConsole = resolve;
  });
  const { adapters, consoleTerminal } = await createPlatformAdapters(config, logger, {
    onConsoleInputEnd: () => finishConsole(),
  });
  const bot = await createBot({ config, logger, adapters });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await bot.stop().catch((error) => logger.error({ err: error }, 'shutdown failed'));
    logger.flush();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  await bot.start();
  logger.info(
    {
      platforms: adapters.map((a) => a.platform),
      database: config.database.client,
      evaluator: bot.core.llm.name,
    },
    'interview bot started',
  );

  if (consoleTerminal) {
    await greetReturningConsoleUser(bot, consoleTerminal);
    await consoleDone;
    // End of input: finish the work in flight (the report included), then exit.
    const deadline = Date.now() + config.env.REPORT_DEADLINE_MS + 30_000;
    while (Date.now() < deadline) {
      const idle = await bot.core.runner.whenIdle(1000);
      if (idle && !(await bot.core.reportsPending('console'))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await shutdown(0);
  }
}

/** After a restart, show the terminal user the question they were on (other platforms keep their history). */
async function greetReturningConsoleUser(bot: Bot, terminal: Terminal): Promise<void> {
  const { user, where } = terminalIdentity(terminal);
  const status = await bot.core.engine.status(user).catch(() => []);
  if (status.length === 0) return;
  const console = bot.messenger;
  const language = await bot.core.engine.languageFor(user);
  await console.send(where, { tone: 'info', text: t(language, 'engine.resuming') });
  for (const message of status) await console.send(where, message);
}

main().catch((error) => {
  if (error instanceof ChartFontMissingError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
