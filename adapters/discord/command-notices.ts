// What the adapter itself owes a user in reply to their command, and where it goes among the core's replies.
import { LANGUAGES } from '../../src/domain/types.js';
import { t } from '../../src/i18n/index.js';
import type { OutboundMessage } from '../../src/platform/types.js';

/**
 * A message the adapter adds to the ephemeral replies of a command (e.g. "your DMs are closed, the
 * interview is in this thread"). When `replaces` matches one of the core's replies, the notice takes
 * its place instead of contradicting it.
 */
export interface CommandNotice {
  message: OutboundMessage;
  replaces?: ((reply: OutboundMessage) => boolean) | undefined;
}

/** The core's replies with each notice in place of the first reply it replaces, or after them all. */
export function placeNotices(replies: readonly OutboundMessage[], notices: readonly CommandNotice[]) {
  const placed = [...replies];
  for (const notice of notices) {
    const index = notice.replaces ? placed.findIndex(notice.replaces) : -1;
    if (index >= 0) placed[index] = notice.message;
    else placed.push(notice.message);
  }
  return placed;
}

const POSITION_SLOT = '\u0000position\u0000';

/** The engine's "started in a private conversation, check your DMs" sentence, any position, any language. */
const STARTED_ELSEWHERE = LANGUAGES.map((language) => {
  const template = t(language, 'engine.started_elsewhere', { position: POSITION_SLOT });
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(POSITION_SLOT, '.+')}$`, 'u');
});

/**
 * True for the core's reply that points the user to their DMs. When the interview went to the
 * fallback thread instead, that reply would be wrong, so the thread notice replaces it.
 */
export function isCheckYourDms(reply: OutboundMessage): boolean {
  const text = reply.text?.trim() ?? '';
  return STARTED_ELSEWHERE.some((pattern) => pattern.test(text));
}
