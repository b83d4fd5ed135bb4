// Localised names of the domain's identifiers (positions, …), for every message, chart and command:
// a user never reads a raw identifier.
import type { Language, Position } from '../domain/types.js';
import { type MessageKey, t } from './index.js';

/** Localised position name. */
export function positionName(language: Language, position: Position): string {
  return t(language, `common.position.${position}` as MessageKey);
}
