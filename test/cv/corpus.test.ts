// Runs every PDF of the public CV corpus (../shared/cv-corpus beside the checkout) through the intake.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CV_LIMITS, processCv } from '../../src/cv/intake.js';
import { createPdfExtractor } from '../../src/cv/pdf-extractor.js';
import { CV_SECTION_NAMES } from '../../src/cv/section-headings.js';

const corpusDir = fileURLToPath(new URL('../../../shared/cv-corpus', import.meta.url));
const present = existsSync(corpusDir);
const files = present
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.pdf'))
      .sort()
  : [];
if (!present) console.warn(`cv corpus not found at ${corpusDir}: corpus checks not run on this machine`);

const LONG_FILE = '09_rendercv_classic_full_71p.pdf';
const CHINESE = new Set(['10_moderncv_zh.pdf', '11_billryan_zh.pdf']);
// English CVs built with real CV templates (the long file is a renderer test document, not a CV).
const ENGLISH = new Set(
  files.filter((name) => !CHINESE.has(name) && name !== LONG_FILE && !name.includes('_fr')),
);

const extractor = createPdfExtractor();
afterAll(() => extractor.close());
const read = (name: string) => new Uint8Array(readFileSync(`${corpusDir}/${name}`));

describe('cv intake on the public corpus', () => {
  if (!present) {
    it('reports the corpus as absent rather than pretending to have read it', () => {
      expect(existsSync(corpusDir)).toBe(false);
      expect(files).toEqual([]);
    });
    return;
  }

  it.each(files.filter((name) => name !== LONG_FILE))('extracts usable text from %s', async (name) => {
    const cv = await processCv(read(name), name, DEFAULT_CV_LIMITS, extractor);
    expect(cv.text.length).toBeGreaterThan(500);
    expect(cv.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    const found = CV_SECTION_NAMES.filter((section) => section !== 'other' && cv.sections[section] !== '');
    if (ENGLISH.has(name)) expect(found.length).toBeGreaterThanOrEqual(1);
    if (CHINESE.has(name)) expect(cv.text).toMatch(/\p{Script=Han}{4}/u);
    expect(cv.redactedText).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
  });

  it('refuses the 71-page file at the default page limit', async () => {
    await expect(processCv(read(LONG_FILE), LONG_FILE, DEFAULT_CV_LIMITS, extractor)).rejects.toMatchObject({
      key: 'cv.too_many_pages',
      params: { pages: 71, maxPages: DEFAULT_CV_LIMITS.maxPages },
    });
  });

  it('parses the 71-page file with a raised page limit, capped at maxChars', async () => {
    const limits = { ...DEFAULT_CV_LIMITS, maxPages: 100 };
    const cv = await processCv(read(LONG_FILE), LONG_FILE, limits, extractor);
    expect(cv.pages).toBe(71);
    expect(cv.text).toContain('John Doe');
    expect(cv.text.length).toBe(limits.maxChars);
  });
});
