// The shared wait: resolves with the first real answer, and fails naming what it waited for.
import { describe, expect, it } from 'vitest';
import { countMatches, waitFor, waitForText } from './wait-for.js';

describe('wait for', () => {
  it('resolves with the first value that is neither undefined nor false, async probes included', async () => {
    let calls = 0;
    expect(await waitFor(async () => (++calls >= 3 ? `after ${calls}` : undefined), { intervalMs: 1 })).toBe(
      'after 3',
    );
  });

  it('fails after the timeout, saying what it waited for', async () => {
    await expect(waitFor(() => false, { timeoutMs: 30, what: 'the report' })).rejects.toThrow(
      /timed out after 30 ms waiting for the report/,
    );
  });

  it('waits for a pattern to appear a number of times', async () => {
    let text = 'Question 1';
    setTimeout(() => {
      text += '\nQuestion 2';
    }, 20);
    expect(await waitForText(() => text, /Question \d/, 2)).toBe('Question 1\nQuestion 2');
    expect(countMatches(text, /question/i)).toBe(2);
  });
});
