// Specification of the extraction child: off the main thread, killed on timeout or memory overrun, then replaced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CV_LIMITS, processCv } from '../../src/cv/intake.js';
import { createPdfExtractor } from '../../src/cv/pdf-extractor.js';
import * as pdfs from '../fakes/pdf-factory.js';

const extractor = createPdfExtractor();
afterAll(() => extractor.close());

let bigCv: Uint8Array;
beforeAll(async () => {
  bigCv = await pdfs.createLongCv(60, 45);
});

describe('pdf extraction child', () => {
  it('keeps the event loop ticking while a 60-page PDF is parsed', async () => {
    let ticks = 0;
    let last = performance.now();
    let worstGapMs = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGapMs = Math.max(worstGapMs, now - last);
      last = now;
      ticks += 1;
    }, 5);
    try {
      const limits = { ...DEFAULT_CV_LIMITS, maxPages: 100, maxChars: 1_000_000 };
      const cv = await processCv(bigCv, 'big.pdf', limits, extractor);
      expect(cv.pages).toBe(60);
      expect(cv.text).toContain('Page 60 item 44');
    } finally {
      clearInterval(timer);
    }
    console.info(`event loop during a 60-page parse: ${ticks} ticks, worst gap ${worstGapMs.toFixed(1)} ms`);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it('kills a parse that overruns its time limit, then serves the next CV from a fresh child', async () => {
    const limits = { ...DEFAULT_CV_LIMITS, maxPages: 100, timeoutMs: 1 };
    await expect(processCv(bigCv, 'big.pdf', limits, extractor)).rejects.toMatchObject({ key: 'cv.timeout' });
    const cv = await processCv(await pdfs.createEnglishCv(), 'cv.pdf', DEFAULT_CV_LIMITS, extractor);
    expect(cv.sections.skills).toContain('TypeScript');
  });

  it('caps the child address space, so a compression bomb fails there and not in the bot', async () => {
    const bomb = await pdfs.createCompressionBomb(128);
    const limits = { ...DEFAULT_CV_LIMITS, memoryMb: 64 };
    await expect(processCv(bomb, 'bomb.pdf', limits, extractor)).rejects.toMatchObject({ key: 'cv.timeout' });
    const cv = await processCv(await pdfs.createEnglishCv(), 'cv.pdf', limits, extractor);
    expect(extractor.memoryCap()).toBe('address-space');
    expect(cv.pages).toBe(1);
  });

  it('runs concurrent requests one after another without mixing their results', async () => {
    const [english, korean] = await Promise.all([
      pdfs.createEnglishCv().then((bytes) => processCv(bytes, 'en.pdf', DEFAULT_CV_LIMITS, extractor)),
      pdfs.createKoreanCv().then((bytes) => processCv(bytes, 'ko.pdf', DEFAULT_CV_LIMITS, extractor)),
    ]);
    expect(english.text).toContain('Jane Doe');
    expect(korean.text).toContain('김하늘');
  });
});
