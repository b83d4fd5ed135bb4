// The bank's vocabulary: which topics belong to which position, and the behavioural competencies.
import type { Position } from '../domain/types.js';
import { POSITIONS } from '../domain/types.js';

/** Topic slugs per position; a technical row's topic must be one of its position's. */
export const TOPICS = {
  ai: ['ml-fundamentals', 'deep-learning', 'llm', 'statistics', 'mlops'],
  be: [
    'databases',
    'networking',
    'os',
    'concurrency',
    'api-design',
    'distributed-systems',
    'security',
    'caching',
    'testing',
  ],
  fe: ['javascript', 'typescript', 'browser', 'css', 'react', 'performance', 'accessibility', 'web-security'],
  mobile: [
    'ios',
    'android',
    'flutter',
    'react-native',
    'app-lifecycle',
    'offline-storage',
    'push-notifications',
    'release',
  ],
} as const satisfies Record<Position, readonly string[]>;

/** Behavioural competency slugs. */
export const COMPETENCIES = [
  'adaptability',
  'collaboration',
  'leadership',
  'growth',
  'prioritisation',
  'conflict',
  'ownership',
  'communication',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

/**
 * Spellings an admin's import may use for a position (the original app, spreadsheets typed by hand).
 * Keys are lower-case with spaces and underscores turned into hyphens.
 */
const POSITION_ALIASES: Record<string, Position> = {
  ml: 'ai',
  'machine-learning': 'ai',
  'ai-ml': 'ai',
  backend: 'be',
  'back-end': 'be',
  server: 'be',
  frontend: 'fe',
  'front-end': 'fe',
  web: 'fe',
  app: 'mobile',
  'mobile-app': 'mobile',
};

/** Topic spellings from older exports mapped to the current slugs. */
const TOPIC_ALIASES: Record<string, string> = {
  ml: 'ml-fundamentals',
  'machine-learning': 'ml-fundamentals',
  dl: 'deep-learning',
  llms: 'llm',
  stats: 'statistics',
  database: 'databases',
  db: 'databases',
  network: 'networking',
  'operating-system': 'os',
  'operating-systems': 'os',
  api: 'api-design',
  'distributed-system': 'distributed-systems',
  cache: 'caching',
  test: 'testing',
  js: 'javascript',
  ts: 'typescript',
  a11y: 'accessibility',
  lifecycle: 'app-lifecycle',
  storage: 'offline-storage',
  push: 'push-notifications',
  rn: 'react-native',
};

/** Lower-case, trim, and join words with hyphens, so "Distributed Systems" becomes "distributed-systems". */
export function slugify(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-')
    .replace(/-+/g, '-');
}

/** The position a cell names, accepting slugs and common spellings; undefined when unknown. */
export function resolvePosition(value: string): Position | undefined {
  const slug = slugify(value);
  if ((POSITIONS as readonly string[]).includes(slug)) return slug as Position;
  return POSITION_ALIASES[slug];
}

/** The topic slug a cell names for `position`, accepting common spellings; undefined when not allowed. */
export function resolveTopic(position: Position, value: string): string | undefined {
  const slug = slugify(value);
  const candidate = TOPIC_ALIASES[slug] ?? slug;
  return (TOPICS[position] as readonly string[]).includes(candidate) ? candidate : undefined;
}

/** The competency slug a cell names; undefined when unknown. */
export function resolveCompetency(value: string): Competency | undefined {
  const slug = slugify(value).replace(/^prioritization$/, 'prioritisation');
  return (COMPETENCIES as readonly string[]).includes(slug) ? (slug as Competency) : undefined;
}
