// Localised text for everything a user sees; every area's catalogue is listed here explicitly.
import type { Language } from '../domain/types.js';
import { bankMessages } from './messages/bank.js';
import { chartMessages } from './messages/charts.js';
import { commandMessages } from './messages/commands.js';
import { commonMessages } from './messages/common.js';
import { cvMessages } from './messages/cv.js';
import { dailyMessages } from './messages/daily.js';
import { engineMessages } from './messages/engine.js';
import { followUpMessages } from './messages/follow-ups.js';
import { inputMessages } from './messages/inputs.js';
import { llmMessages } from './messages/llm.js';
import { nameMessages } from './messages/names.js';
import { discordMessages } from './messages/discord.js';
import { offlineMessages } from './messages/offline.js';
import { opsMessages } from './messages/ops.js';
import { slackMessages } from './messages/slack.js';
import { reportMessages } from './messages/report.js';

const catalogues = [
  commonMessages,
  cvMessages,
  engineMessages,
  commandMessages,
  reportMessages,
  bankMessages,
  llmMessages,
  offlineMessages,
  followUpMessages,
  discordMessages,
  slackMessages,
  dailyMessages,
  chartMessages,
  opsMessages,
  inputMessages,
  nameMessages,
] as const;

type KeysOf<C> = C extends { en: Record<infer K, string> } ? K : never;
/** Every message key in the product. */
export type MessageKey = KeysOf<(typeof catalogues)[number]>;

const tables: Record<Language, Record<string, string>> = { en: {}, ko: {} };
for (const catalogue of catalogues) {
  Object.assign(tables.en, catalogue.en);
  Object.assign(tables.ko, catalogue.ko);
}

/**
 * The language used when nothing better is known: no user choice, no platform locale, no workspace
 * or operator setting (DEFAULT_LANGUAGE defaults to it too).
 */
export const FALLBACK_LANGUAGE: Language = 'en';

/** The language a platform locale names, or the fallback language. */
export function languageOrFallback(locale: string | undefined | null): Language {
  return languageFromLocale(locale) ?? FALLBACK_LANGUAGE;
}

/** Translate `key` into `language`, filling `{name}` placeholders from `params`. */
export function t(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = tables[language][key] ?? tables.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Map a platform locale ("ko", "ko-KR", "en-US") to a supported language, or undefined. */
export function languageFromLocale(locale: string | undefined | null): Language | undefined {
  if (!locale) return undefined;
  const base = locale.toLowerCase().split(/[-_]/)[0];
  if (base === 'ko') return 'ko';
  if (base === 'en') return 'en';
  return undefined;
}

/** For tests: every key of both languages. */
export function allMessageTables(): Record<Language, Record<string, string>> {
  return tables;
}
