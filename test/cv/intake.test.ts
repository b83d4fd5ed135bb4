// Specification of the CV intake on PDFs built by the tests: good CVs are structured, bad ones refused clearly.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CV_LIMITS, processCv } from '../../src/cv/intake.js';
import { createPdfExtractor } from '../../src/cv/pdf-extractor.js';
import * as pdfs from '../fakes/pdf-factory.js';

const extractor = createPdfExtractor();
afterAll(() => extractor.close());

const limits = DEFAULT_CV_LIMITS;
const intake = (bytes: Uint8Array, fileName = 'cv.pdf', overrides = {}) =>
  processCv(bytes, fileName, { ...limits, ...overrides }, extractor);

describe('cv intake', () => {
  it('extracts, normalises and sections a one-column English CV', async () => {
    const bytes = await pdfs.createEnglishCv();
    const cv = await intake(bytes, 'jane.pdf');
    expect(cv).toMatchObject({ fileName: 'jane.pdf', bytes: bytes.length, pages: 1 });
    expect(cv.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(cv.text).toContain('zero downtime, cutting p99 latency');
    expect(cv.sections.experience).toContain('Senior Engineer, Acme Payments');
    expect(cv.sections.projects).toContain('Queue Lens');
    expect(cv.sections.skills).toBe('TypeScript, Go, PostgreSQL, Kafka, Kubernetes, Terraform');
    expect(cv.sections.education).toContain('University of Leeds');
    expect(cv.sections.other).toContain('Jane Doe');
  });

  it('redacts contact details in the copy meant to leave the machine, and only there', async () => {
    const cv = await intake(await pdfs.createEnglishCv());
    expect(cv.text).toContain('jane.doe@example.com');
    expect(cv.redactedText).toContain('Jane Doe\n[email] | [phone] | [address]');
    expect(cv.redactedText).not.toMatch(/jane\.doe@|555-0132|Baker Street/);
    expect(cv.redactedSections.other).toContain('[email]');
    expect(cv.redactedSections.experience).toBe(cv.sections.experience);
  });

  it('finds the sections of a two-column CV wherever the columns put them', async () => {
    const cv = await intake(await pdfs.createTwoColumnCv());
    expect(cv.sections.skills).toContain('Jetpack Compose');
    expect(cv.sections.education).toContain('KAIST');
    expect(cv.sections.experience).toContain('Mobile Engineer, Toss');
    expect(cv.sections.projects).toContain('Bus Buddy');
    expect(cv.redactedText).toContain('[email]');
  });

  it('reads a Korean CV with Korean headings and redacts Korean contact details', async () => {
    const cv = await intake(await pdfs.createKoreanCv(), '이력서.pdf');
    expect(cv.text).toContain('검색 색인 파이프라인을 Kafka 기반으로 재설계하여');
    expect(cv.sections.experience).toContain('네이버 검색플랫폼팀 백엔드 개발자');
    expect(cv.sections.projects).toContain('스터디 매칭 서비스');
    expect(cv.sections.skills).toBe('Java, Spring Boot, Kafka, Redis, MySQL');
    expect(cv.sections.education).toContain('서울대학교');
    expect(cv.redactedSections.other).toBe('김하늘\n이메일: [email] 전화: [phone]\n주소: [address]');
  });

  it('caps the text at maxChars', async () => {
    const cv = await intake(await pdfs.createLongCv(5), 'long.pdf', { maxChars: 1000 });
    expect(cv.text.length).toBeLessThanOrEqual(1000);
    expect(cv.pages).toBe(5);
  });
});

describe('cv intake refusals', () => {
  const refusal = (key: string, params?: Record<string, unknown>) =>
    expect.objectContaining({ name: 'UserError', key, ...(params ? { params } : {}) });

  it('refuses a PNG named .pdf by its content', async () => {
    await expect(intake(pdfs.createPng(), 'cv.pdf')).rejects.toEqual(
      refusal('cv.not_pdf', { fileName: 'cv.pdf' }),
    );
  });

  it('refuses a text file named .pdf by its content', async () => {
    const text = new TextEncoder().encode('Jane Doe\nExperience\nAcme\n'.repeat(20));
    await expect(intake(text, 'cv.pdf')).rejects.toEqual(refusal('cv.not_pdf'));
  });

  it('refuses a file over the byte limit without parsing it', async () => {
    const big = new Uint8Array(limits.maxBytes + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    await expect(intake(big)).rejects.toEqual(refusal('cv.too_big', { sizeMb: '10.1', maxMb: '10' }));
  });

  it('refuses more pages than allowed, counting them before extracting any text', async () => {
    await expect(intake(await pdfs.createLongCv(21, 5))).rejects.toEqual(
      refusal('cv.too_many_pages', { pages: 21, maxPages: 20 }),
    );
  });

  it('refuses a password-protected PDF', async () => {
    await expect(intake(await pdfs.createEncryptedCv())).rejects.toEqual(refusal('cv.encrypted'));
  });

  it('refuses a damaged PDF', async () => {
    await expect(intake(await pdfs.createCorruptPdf())).rejects.toEqual(refusal('cv.corrupt'));
  });

  it('recognises a scan (images, no text layer) and says so', async () => {
    await expect(intake(await pdfs.createScannedCv())).rejects.toEqual(refusal('cv.scanned'));
  });

  it('refuses a real text layer that is too thin to interview on', async () => {
    await expect(intake(await pdfs.createSparseCv())).rejects.toEqual(refusal('cv.too_little_text'));
  });
});
