// The bot: the core, the command dispatcher and the running adapters, started and stopped together.
import { type Core, type CoreOptions, createCore } from '../src/app/create-core.js';
import { createChartAttacher } from '../src/charts/attach-chart.js';
import { instrumentSink } from '../src/metrics/instrument.js';
import { createMessenger, type Messenger } from '../src/platform/messenger.js';
import type { EventSink, PlatformAdapter } from '../src/platform/types.js';
import type { CommandServices } from './define-command.js';
import { createEventSink } from './dispatch.js';
import { commandDescriptors } from './index.js';

export interface BotOptions extends Omit<CoreOptions, 'messenger'> {
  adapters: PlatformAdapter[];
  providerStats?: CommandServices['providerStats'];
}

export interface Bot {
  core: Core;
  sink: EventSink;
  services: CommandServices;
  /** Sends to any running adapter (e.g. the terminal's greeting after a restart). */
  messenger: Messenger;
  start(): Promise<void>;
  /**
   * Stop taking events (every adapter at once), then the core: jobs handed back, model calls aborted,
   * the database closed. With `deadlineAt`, an adapter that cannot close in time (its server is gone)
   * is left behind rather than waited on.
   */
  stop(options?: { deadlineAt?: number | undefined }): Promise<void>;
}

/** Resolve when `work` settles or at `deadlineAt`, whichever is first; true when it settled. */
async function settleBy(work: Promise<unknown>, deadlineAt: number | undefined): Promise<boolean> {
  if (deadlineAt === undefined) return work.then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadlineAt - Date.now()));
  });
  return Promise.race([work.then(() => true), late]).finally(() => clearTimeout(timer));
}

/** What commands may use, taken from a built core; `providerStats` only when given. */
export function createCommandServices(
  core: Core,
  config: CommandServices['config'],
  providerStats?: CommandServices['providerStats'],
): CommandServices {
  const d = core.deps;
  return {
    config,
    engine: core.engine,
    users: d.users,
    sessions: d.sessions,
    cvs: d.cvs,
    bank: d.bank,
    settings: d.settings,
    stats: d.stats,
    providerStats,
    llm: core.llm,
    capabilities: (platform) => d.messenger.capabilities(platform),
    daily: core.daily,
    charts: createChartAttacher(d.charts, d.logger),
    pendingUploads: core.pendingUploads,
    now: d.now,
  };
}

/** Build the bot; `start()` connects the adapters, registers commands and resumes unfinished work. */
export async function createBot(options: BotOptions): Promise<Bot> {
  const messenger = createMessenger(options.adapters);
  const core = await createCore({ ...options, messenger });
  const services = createCommandServices(
    core,
    options.config,
    options.providerStats ?? (core.llm === core.offline ? undefined : core.providerStats),
  );
  const sink = instrumentSink(
    createEventSink({ services, events: core.events, logger: options.logger }),
    core.metrics,
  );
  return {
    core,
    sink,
    services,
    messenger,
    async start() {
      for (const adapter of options.adapters) {
        await adapter.registerCommands(commandDescriptors());
        await adapter.start(sink);
      }
      await core.start();
    },
    async stop(stopOptions = {}) {
      const { deadlineAt } = stopOptions;
      // Adapters get half the time left; the core (jobs back to the queue, database) the rest.
      const adaptersBy = deadlineAt === undefined ? undefined : Date.now() + (deadlineAt - Date.now()) / 2;
      await Promise.all(
        options.adapters.map(async (adapter) => {
          const stopped = adapter
            .stop()
            .catch((error) => options.logger.warn({ err: error }, 'adapter did not stop cleanly'));
          if (!(await settleBy(stopped, adaptersBy))) {
            options.logger.warn({ platform: adapter.platform }, 'adapter did not close in time; leaving it');
          }
        }),
      );
      await core.stop();
    },
  };
}
