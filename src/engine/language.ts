// Which language to speak to a user: their explicit choice, then the platform's locale, then the workspace's.
import type { Language } from '../domain/types.js';
import { languageFromLocale } from '../i18n/index.js';

/** Resolve the language in order of how deliberately it was chosen. */
export function resolveLanguage(input: {
  explicit?: Language | undefined;
  userChoice?: Language | null | undefined;
  platformLocale?: string | undefined;
  workspaceLanguage?: Language | undefined;
  fallback: Language;
}): Language {
  return (
    input.explicit ??
    input.userChoice ??
    languageFromLocale(input.platformLocale) ??
    input.workspaceLanguage ??
    input.fallback
  );
}
