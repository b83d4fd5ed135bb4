// A small deterministic random number generator, so a seeded interview (INTERVIEW_SEED, `--seed`)
// picks the same questions every run.

/** Largest seed accepted: seeds are stored in a session's plan and typed by people. */
export const MAX_SEED = 2_147_483_647;

/**
 * Numbers in [0, 1) fixed by `seed` and `stream` (mulberry32 over a mix of both). Each question of a
 * session draws from its own stream (its turn number), so one choice never shifts the next.
 */
export function seededRandom(seed: number, stream = 0): () => number {
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca6b)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}
