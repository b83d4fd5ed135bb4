// Routes Bolt's and the Socket Mode client's log calls into pino, without their payload-dumping debug lines.
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/**
 * A @slack/logger Logger backed by pino. Debug output is dropped on purpose: Bolt and the Socket
 * Mode client log whole payloads at debug level, which would put answers and CV links in the logs.
 */
export function createBoltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: 'slack-bolt' });
  const write = (level: 'info' | 'warn' | 'error', parts: unknown[]) => {
    const error = parts.find((part): part is Error => part instanceof Error);
    const text = parts
      .filter((part) => !(part instanceof Error))
      .map((part) => (typeof part === 'string' ? part : safeJson(part)))
      .join(' ');
    if (error) child[level]({ err: error }, text || error.message);
    else child[level](text);
  };
  return {
    debug: () => {},
    info: (...parts: unknown[]) => write('info', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    error: (...parts: unknown[]) => write('error', parts),
    // Levels are pino's business; Bolt asks, and is told what it would set anyway.
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
