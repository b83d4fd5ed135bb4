// Specification of the checks made before download (metadata) and right after it (magic bytes).
import { describe, expect, it } from 'vitest';
import { hasPdfSignature } from '../../src/cv/file-checks.js';
import { checkCvMetadata, DEFAULT_CV_LIMITS } from '../../src/cv/intake.js';
import { createPng } from '../fakes/pdf-factory.js';

const limits = DEFAULT_CV_LIMITS;

describe('cv metadata check', () => {
  it('accepts a PDF within the size limit', () => {
    expect(() =>
      checkCvMetadata({ fileName: 'cv.pdf', contentType: 'application/pdf', sizeBytes: 200_000 }, limits),
    ).not.toThrow();
  });

  it('accepts a file with no metadata but a .pdf name, leaving the bytes to decide', () => {
    expect(() => checkCvMetadata({ fileName: 'CV.PDF' }, limits)).not.toThrow();
    expect(() =>
      checkCvMetadata({ fileName: 'resume', contentType: 'application/octet-stream' }, limits),
    ).not.toThrow();
  });

  it('refuses a file larger than the limit before download', () => {
    expect(() =>
      checkCvMetadata(
        { fileName: 'cv.pdf', contentType: 'application/pdf', sizeBytes: 12 * 1024 * 1024 },
        limits,
      ),
    ).toThrow(expect.objectContaining({ key: 'cv.too_big', params: { sizeMb: '12', maxMb: '10' } }));
  });

  it.each([
    ['photo.png', 'image/png'],
    ['cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['이력서.hwp', undefined],
    ['cv.docx', 'application/octet-stream'],
    ['notes.txt', 'text/plain; charset=utf-8'],
  ])('refuses %s (%s) as clearly not a PDF', (fileName, contentType) => {
    expect(() => checkCvMetadata({ fileName, contentType }, limits)).toThrow(
      expect.objectContaining({ key: 'cv.not_pdf', params: { fileName } }),
    );
  });
});

describe('pdf signature', () => {
  it('finds the %PDF- header at the start or after a little junk', () => {
    const header = new TextEncoder().encode('%PDF-1.7\n');
    expect(hasPdfSignature(header)).toBe(true);
    const junk = new Uint8Array(300 + header.length);
    junk.set(header, 300);
    expect(hasPdfSignature(junk)).toBe(true);
  });

  it('rejects a PNG and a text file', () => {
    expect(hasPdfSignature(createPng())).toBe(false);
    expect(hasPdfSignature(new TextEncoder().encode('My CV: I like PDFs'))).toBe(false);
  });
});
