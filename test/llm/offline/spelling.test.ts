// Specification of misspelling detection: graders read past spelling, so word matching does too.
import { describe, expect, it } from 'vitest';
import { misspelt } from '../../../src/llm/offline/scorer/word-similarity.js';
import { editDistance, misspelling } from '../../../src/llm/offline/text/spelling.js';

describe('misspellings', () => {
  it('counts swaps of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  it('takes a long word one or two edits away for a misspelling, never a short one', () => {
    expect(misspelling('refrenece', 'reference')).toBe(true);
    expect(misspelling('paremeters', 'parameters')).toBe(true);
    expect(misspelling('enque', 'enqueue')).toBe(true);
    expect(misspelling('cost', 'cast')).toBe(false);
    expect(misspelling('structure', 'instruction')).toBe(false);
  });

  it('never takes one dictionary word for a misspelling of another', () => {
    expect(misspelt('refrenece', 'reference')).toBe(true);
    expect(misspelt('reference', 'refrenece')).toBe(true);
    expect(misspelt('sorted', 'sorts')).toBe(false);
    expect(misspelt('pointer', 'printer')).toBe(false);
    expect(misspelt('insertion', 'assertion')).toBe(false);
  });
});
