// The language for text the adapter itself writes (errors, DM notices): the user's last known Discord locale.
import type { Language } from '../../src/domain/types.js';
import { languageFromLocale } from '../../src/i18n/index.js';

/**
 * Remembers each user's client locale from their interactions, because DM messages carry none.
 * The core localises its own replies from stored preferences; this only covers adapter-made text.
 */
export function createLocaleMemory(fallback: Language = 'en') {
  const byUser = new Map<string, Language>();
  return {
    remember(userId: string, locale: string | undefined): Language {
      const language = languageFromLocale(locale);
      if (language) byUser.set(userId, language);
      return language ?? byUser.get(userId) ?? fallback;
    },
    languageOf(userId: string): Language {
      return byUser.get(userId) ?? fallback;
    },
  };
}

export type LocaleMemory = ReturnType<typeof createLocaleMemory>;
