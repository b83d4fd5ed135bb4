// Question pairs the near-duplicate check flags but a reviewer judged to ask different things.

/**
 * Each entry names two ids (either order) and why they are distinct. Add a pair only after reading
 * both questions: a lexical measure cannot see that sharing most words is not sharing the ask.
 */
export const REVIEWED_DISTINCT: readonly { ids: readonly [string, string]; why: string }[] = [
  {
    ids: ['mobile-push-010', 'mobile-push-015'],
    why: 'one asks how a notification is presented while the app is in the foreground, the other how to debug one that never arrives',
  },
];

/** True when the pair was reviewed and judged distinct. */
export function isReviewedDistinct(a: string, b: string): boolean {
  return REVIEWED_DISTINCT.some(({ ids: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}
