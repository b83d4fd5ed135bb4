// JSON columns are plain text on every dialect; these helpers keep parsing in one place.

/** Serialise a value for a JSON text column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Parse a JSON text column, returning `fallback` for NULL. */
export function fromJson<T>(text: unknown, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  if (typeof text !== 'string') return text as T;
  return JSON.parse(text) as T;
}

/** Numbers come back as strings from some drivers (DECIMAL, BIGINT, COUNT on MySQL). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** Like `num`, but keeps NULL as null. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}
