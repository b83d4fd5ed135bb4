// SIGTERM and SIGINT end the process cleanly whatever the connections are doing: one friendly line,
// a bounded stop, exit 0; a second signal quits at once. Errors thrown by half-closed libraries while
// stopping go to the debug log, never to the terminal as a stack trace.
import type { Logger } from '../src/logger.js';

export interface GracefulStopOptions {
  /** How long the stop may take before the process exits anyway (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /** Close everything; given the time by which it must be done. */
  stop: (deadlineAt: number) => Promise<void>;
  /** The one line said when a signal arrives. */
  announce: (signal: NodeJS.Signals, seconds: number) => string;
  logger: Logger;
  write?: ((line: string) => void) | undefined;
  exit?: ((code: number) => void) | undefined;
  /** Which process to listen on (tests pass an EventEmitter). */
  process?: NodeJS.EventEmitter | undefined;
}

export interface GracefulStop {
  /** True once a stop began: callers stop starting new work. */
  readonly stopping: boolean;
  /** Stop as a signal would, without the announcement (the console's end of input). */
  stopNow(code?: number): Promise<void>;
}

/** Exit codes of a second, impatient signal: 128 + the signal's number, as shells report it. */
const IMPATIENT_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Listen for SIGTERM and SIGINT and stop the bot the way the header says. */
export function installGracefulStop(options: GracefulStopOptions): GracefulStop {
  const target = options.process ?? process;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const { logger } = options;
  let stopping = false;

  // Half-closed clients (a Socket Mode client whose server is gone, a pool being destroyed) may throw or
  // reject where nobody awaits while we stop; that is expected noise, not a crash.
  const ignoreWhileStopping = (error: unknown) => logger.debug({ err: error }, 'ignored while stopping');

  const run = async (code: number) => {
    stopping = true;
    target.on('unhandledRejection', ignoreWhileStopping);
    target.on('uncaughtException', ignoreWhileStopping);
    const deadlineAt = Date.now() + options.timeoutMs;
    const timer = setTimeout(() => {
      logger.warn(
        { timeoutMs: options.timeoutMs },
        'stop took too long; exiting with work left for the next start',
      );
      logger.flush();
      exit(code);
    }, options.timeoutMs);
    try {
      await options.stop(deadlineAt);
    } catch (error) {
      logger.warn({ err: error }, 'stop did not finish cleanly');
    }
    clearTimeout(timer);
    logger.flush();
    exit(code);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      exit(IMPATIENT_EXIT[signal] ?? 1);
      return;
    }
    write(options.announce(signal, Math.round(options.timeoutMs / 1000)));
    void run(0);
  };
  target.on('SIGTERM', onSignal);
  target.on('SIGINT', onSignal);

  return {
    get stopping() {
      return stopping;
    },
    async stopNow(code = 0) {
      if (stopping) return;
      await run(code);
    },
  };
}
