// Every user-visible string exists in English and Korean, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { allMessageTables, languageFromLocale, t } from '../../src/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const { en, ko } = allMessageTables();

  it('has a Korean text for every English key and no extra ones', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty texts and no leftover scaffolding keys', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(ko)]) {
      expect(text.trim(), key).not.toBe('');
      expect(key).not.toMatch(/placeholder/);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en))
      expect(placeholders(ko[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
  });

  it('counts through plural rules, never with a "(s)" (issue 11, point 12)', () => {
    const lazy = Object.entries(en).filter(([, text]) => /\w\(s\)/.test(text));
    expect(lazy.map(([key]) => key)).toEqual([]);
  });

  it('writes Korean in Hangul', () => {
    const korean = Object.values(ko).filter((text) => /[가-힣]/.test(text)).length;
    expect(korean / Object.keys(ko).length).toBeGreaterThan(0.9);
  });

  it('fills placeholders and maps platform locales', () => {
    expect(t('en', 'engine.question_title', { n: 2, total: 5, kind: 'Technical' })).toBe(
      'Question 2 of 5 · Technical',
    );
    expect(t('ko', 'engine.question_title', { n: 2, total: 5, kind: '기술 질문' })).toBe(
      '질문 2/5 · 기술 질문',
    );
    expect(languageFromLocale('ko-KR')).toBe('ko');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('fr')).toBeUndefined();
  });
});
