// Errors meant for the user (localised, shown as they are) versus everything else (logged with a reference).
import type { MessageKey } from './i18n/index.js';

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
