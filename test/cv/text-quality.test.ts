// Specification of the text-layer verdict: usable CV, scan without text, or too little text.
import { describe, expect, it } from 'vitest';
import { judgeTextLayer, MIN_CV_CHARS, SCAN_CHARS_PER_PAGE } from '../../src/cv/text-quality.js';

describe('cv text layer verdict', () => {
  it('calls a page with no text, or only a page number, a scan', () => {
    expect(judgeTextLayer('', 1)).toBe('scanned');
    expect(judgeTextLayer('\n\n 1 \n\n 2', 2)).toBe('scanned');
  });

  it('judges by characters per page, so a long scan with a typed cover page is still a scan', () => {
    const cover = 'x'.repeat(SCAN_CHARS_PER_PAGE * 2);
    expect(judgeTextLayer(cover, 10)).toBe('scanned');
  });

  it('calls a real but thin text layer too little text', () => {
    expect(judgeTextLayer('Curriculum vitae of Sam Lee. Details on request.', 1)).toBe('too_little_text');
  });

  it('accepts a text layer of a CV length, ignoring whitespace when counting', () => {
    expect(judgeTextLayer('a '.repeat(MIN_CV_CHARS), 1)).toBe('ok');
    expect(judgeTextLayer(' \n'.repeat(MIN_CV_CHARS), 1)).toBe('scanned');
  });
});
