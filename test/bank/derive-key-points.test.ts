// Specification of offline key point derivation for imported questions that come without key points.
import { describe, expect, it } from 'vitest';
import { deriveKeyPoints } from '../../src/bank/derive-key-points.js';
import { LIMITS } from '../../src/bank/validate.js';
import { ENGLISH_ANSWER, KOREAN_ANSWER } from './csv-fixtures.js';

describe('deriving key points', () => {
  it('picks 3–5 sentences of the answer, in the order they appear', () => {
    const points = deriveKeyPoints(ENGLISH_ANSWER, 'en');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    const positions = points.map((point) => ENGLISH_ANSWER.indexOf(point));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prefers informative sentences over filler', () => {
    const answer =
      'Good question. A mutex gives one thread exclusive access to a critical section at a time. ' +
      'That is a thing. A semaphore holds a counter, so up to N threads may enter the guarded section. ' +
      'I think so. Deadlock happens when threads wait on each other in a cycle, so acquire locks in a fixed order.';
    const points = deriveKeyPoints(answer, 'en');
    expect(points).toHaveLength(3);
    expect(points.join(' ')).toMatch(/mutex/);
    expect(points.join(' ')).toMatch(/semaphore/);
    expect(points.join(' ')).toMatch(/Deadlock/);
  });

  it('splits a long single sentence into clauses when there are too few sentences', () => {
    const answer =
      'HTTP is stateless, so servers use cookies or tokens to remember a user; caching headers such as ' +
      'Cache-Control decide how long responses are reused, and HTTPS adds TLS so traffic cannot be read or altered.';
    const points = deriveKeyPoints(answer, 'en');
    expect(points.length).toBeGreaterThanOrEqual(3);
  });

  it('works on Korean answers', () => {
    const points = deriveKeyPoints(KOREAN_ANSWER, 'ko');
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const point of points) expect(KOREAN_ANSWER).toContain(point);
  });

  it('keeps every point within the key point length limit', () => {
    const long = `${'This clause keeps going with more and more detail about replication lag '.repeat(6)}. Short one here. Another point to make.`;
    const points = deriveKeyPoints(long, 'en');
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const point of points) {
      expect([...point].length).toBeLessThanOrEqual(LIMITS.keyPoint.max);
      expect([...point].length).toBeGreaterThanOrEqual(LIMITS.keyPoint.min);
    }
  });

  it('returns nothing for an empty answer', () => {
    expect(deriveKeyPoints('   ', 'en')).toEqual([]);
  });
});
