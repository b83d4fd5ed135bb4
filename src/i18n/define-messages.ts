// Typed message catalogues: each area declares English and Korean side by side, same keys enforced.

/** A catalogue with English as the source of keys and Korean required for every one of them. */
export interface Catalogue<K extends string> {
  en: Record<K, string>;
  ko: Record<K, string>;
}

/** Declare one area's messages. `{name}` placeholders are filled by `t`. */
export function defineMessages<K extends string>(catalogue: Catalogue<K>): Catalogue<K> {
  return catalogue;
}
