// Button custom_id encoding: which action a click means and the value it carries, within Discord's 100 characters.
import type { ActionId } from '../../src/platform/types.js';

const PREFIX = 'cyi';
const ACTIONS: readonly ActionId[] = ['skip', 'end', 'model-answer', 'full-report', 'forget-confirm'];
/** Discord's limit on a component's custom_id. */
export const CUSTOM_ID_MAX = 100;

/** Encode a button's action and value as `cyi:<action>[:<value>]`. */
export function encodeCustomId(action: ActionId, value?: string): string {
  const id = value === undefined ? `${PREFIX}:${action}` : `${PREFIX}:${action}:${value}`;
  if (id.length > CUSTOM_ID_MAX) {
    // A value this long is a programming error in the core (values are ids), not something to cut silently.
    throw new Error(`Button value too long for a Discord custom_id (${id.length} > ${CUSTOM_ID_MAX})`);
  }
  return id;
}

/** Decode a custom_id written by `encodeCustomId`; undefined for anyone else's buttons. */
export function decodeCustomId(customId: string): { action: ActionId; value?: string } | undefined {
  const [prefix, action, ...rest] = customId.split(':');
  if (prefix !== PREFIX || !ACTIONS.includes(action as ActionId)) return undefined;
  const value = rest.length > 0 ? rest.join(':') : undefined;
  return value === undefined ? { action: action as ActionId } : { action: action as ActionId, value };
}
