// Counted phrases ("1 answer", "3 answers") through Intl.PluralRules: the catalogue holds one text per
// plural category (`<key>.one`, `<key>.other`), so no message writes "answer(s)" or "over 1 answers".
import type { Language } from '../domain/types.js';
import { allMessageTables, type MessageKey, t } from './index.js';

const rules = new Map<Language, Intl.PluralRules>();

function categoryOf(language: Language, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count);
}

/**
 * The text of `base` for `count` in `language` (`{count}` filled with it), read from `<base>.<category>`
 * and falling back to `<base>.other`, the one category every language has.
 */
export function plural(
  language: Language,
  base: string,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const exact = `${base}.${categoryOf(language, count)}`;
  const key = exact in allMessageTables().en ? exact : `${base}.other`;
  return t(language, key as MessageKey, { count, ...params });
}
