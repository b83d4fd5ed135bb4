// The bank's messages exist in English and Korean with the same placeholders, and render as one line.
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/bank/issues.js';
import { bankMessages } from '../../src/i18n/messages/bank.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('bank messages', () => {
  it('have a non-empty Korean text with the same placeholders for every English key', () => {
    for (const [key, english] of Object.entries(bankMessages.en)) {
      const korean = bankMessages.ko[key as keyof typeof bankMessages.ko];
      expect(english.length, key).toBeGreaterThan(0);
      expect(korean.length, key).toBeGreaterThan(0);
      expect(placeholders(korean), key).toEqual(placeholders(english));
    }
  });

  it('describe an issue with its file, line and localised reason', () => {
    const issue = {
      source: 'technical-be.csv',
      line: 7,
      key: 'bank.required' as const,
      params: { field: 'question' },
    };
    expect(describeIssue('en', issue)).toBe('technical-be.csv, line 7: the question cell is empty.');
    expect(describeIssue('ko', issue)).toBe('technical-be.csv 7행: question 칸이 비어 있습니다.');
  });
});
