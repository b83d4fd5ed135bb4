// Errors meant for the user (localised, shown as they are) versus everything else (logged with a
// reference), and the one function that turns either into the reply the user sees.
import { randomBytes } from 'node:crypto';
import type { Language } from './domain/types.js';
import { FALLBACK_LANGUAGE, type MessageKey, t } from './i18n/index.js';
import type { Logger } from './logger.js';
import type { OutboundMessage } from './platform/types.js';

/**
 * A failure the user caused or can act on: a broken PDF, a quota reached, a command in the wrong
 * place. Its message is localised from `key`; anything that is not a UserError is logged with a
 * reference id and the user gets a short apology with that id.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The id a user quotes and an operator greps the log for: eight hex characters, e.g. "3f9a0c1e". */
export function newReferenceId(): string {
  return randomBytes(4).toString('hex');
}

export interface ErrorReplyOptions {
  /** The user's language when known; otherwise the fallback language. */
  language?: Language | undefined;
  logger: Logger;
  /** Structured fields for the log line (event id, kind, session id...). */
  context?: Record<string, unknown> | undefined;
  /** The log message for a bug; default "event failed". */
  what?: string | undefined;
}

/**
 * The reply for a failure, used by the dispatcher and by every adapter: a UserError becomes its
 * localised message; anything else is logged at error level with a new reference id, and the user
 * gets the apology quoting that id. Always ephemeral: it concerns only the user who acted.
 */
export function errorReply(error: unknown, options: ErrorReplyOptions): OutboundMessage {
  const language = options.language ?? FALLBACK_LANGUAGE;
  if (isUserError(error)) {
    return { tone: 'error', ephemeral: true, text: t(language, error.key, error.params) };
  }
  const ref = newReferenceId();
  options.logger.error({ ...options.context, err: error, ref }, options.what ?? 'event failed');
  return { tone: 'error', ephemeral: true, text: t(language, 'common.internal_error', { ref }) };
}
