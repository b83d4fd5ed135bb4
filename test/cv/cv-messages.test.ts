// Every refusal the intake can raise has a clear English and a Korean message with its placeholders filled.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { cvMessages } from '../../src/i18n/messages/cv.js';

const params = { fileName: 'cv.docx', sizeMb: 12, maxMb: 10, pages: 71, maxPages: 20 };

describe('cv messages', () => {
  const keys = Object.keys(cvMessages.en) as (keyof typeof cvMessages.en)[];

  it('covers every reason the intake refuses a CV', () => {
    const reasons = [
      'not_pdf',
      'too_big',
      'too_many_pages',
      'encrypted',
      'corrupt',
      'scanned',
      'too_little_text',
      'timeout',
    ];
    expect(keys.sort()).toEqual(reasons.map((reason) => `cv.${reason}`).sort());
  });

  it.each(keys)('%s reads in English and Korean with no placeholder left', (key) => {
    for (const language of ['en', 'ko'] as const) {
      const text = t(language, key, params);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeGreaterThan(30);
    }
    expect(t('ko', key, params)).toMatch(/[가-힣]/);
    expect(t('ko', key, params)).not.toBe(t('en', key, params));
  });
});
