// Specification of CV text normalisation: what the extracted text looks like before sections and redaction.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/cv/normalise-text.js';

describe('cv text normalisation', () => {
  it('composes decomposed Unicode (NFC), so Korean and accented text compare equal', () => {
    const decomposed = '\u1100\u1161\u11a8 Re\u0301sume\u0301';
    expect(normaliseText(decomposed)).toBe('각 Résumé');
  });

  it('turns control characters into spaces, as Google Docs exports put them between Korean words', () => {
    expect(normaliseText('경력\u0003사항과\u0001주요\u001f프로젝트')).toBe('경력 사항과 주요 프로젝트');
  });

  it('collapses runs of spaces and tabs but keeps line breaks', () => {
    expect(normaliseText('Skills:\t\tGo,   Rust \r\n\r\nEducation\u00a0 BSc')).toBe(
      'Skills: Go, Rust\n\nEducation BSc',
    );
  });

  it('keeps at most one blank line between paragraphs', () => {
    expect(normaliseText('A\n\n\n\n\nB')).toBe('A\n\nB');
  });

  it('joins a lowercase word hyphenated at the end of a line', () => {
    expect(normaliseText('zero down-\ntime and develop-\nment')).toBe('zero downtime and development');
  });

  it('keeps hyphens that are not line-end hyphenation', () => {
    expect(normaliseText('Front-\nEnd lead\nin 2019-\n2021, dead-letter queues')).toBe(
      'Front-\nEnd lead\nin 2019-\n2021, dead-letter queues',
    );
  });

  it('drops icon-font glyphs and zero-width characters', () => {
    expect(normaliseText('\uf095 010-1234-5678 \uf0e0 a\u200bb@x.io\ufeff')).toBe('010-1234-5678 ab@x.io');
  });
});
