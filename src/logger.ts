// Structured logs: JSON in production or when piped, pretty on a TTY; secrets and CV text redacted.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line. */
export const REDACT_PATHS = [
  '*.token',
  '*.apiKey',
  '*.api_key',
  '*.authorization',
  '*.Authorization',
  '*.password',
  '*.signingSecret',
  '*.cvText',
  '*.text',
  '*.answer',
  'token',
  'apiKey',
  'cvText',
  'headers.authorization',
  'req.headers.authorization',
  'config.env.OPENAI_API_KEY',
  'config.env.SECONDARY_API_KEY',
  'config.env.DISCORD_TOKEN',
  'config.env.SLACK_BOT_TOKEN',
  'config.env.SLACK_APP_TOKEN',
  'config.env.SLACK_SIGNING_SECRET',
];

export interface LoggerOptions {
  level: string;
  format: 'auto' | 'json' | 'pretty';
  /** Where log lines go; the console adapter owns stdout, so logs default to stderr. */
  destination?: NodeJS.WritableStream | undefined;
}

/** Create the process logger. */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stderr;
  const pretty =
    options.format === 'pretty' ||
    (options.format === 'auto' && Boolean((destination as NodeJS.WriteStream).isTTY));
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: destination === process.stdout ? 1 : 2, colorize: true },
      },
    });
  }
  return pino(base, pino.destination({ dest: destination === process.stdout ? 1 : 2, sync: false }));
}

/** A logger that discards everything (tests, benches). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
