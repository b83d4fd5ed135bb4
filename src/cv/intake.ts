// The CV intake: refuse bad uploads early and clearly, extract text off the main thread, structure and redact it.
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { detectSections } from './detect-sections.js';
import { hasPdfSignature, metadataSaysNotPdf } from './file-checks.js';
import { normaliseText } from './normalise-text.js';
import { type ExtractOutcome, type PdfExtractor, createPdfExtractor } from './pdf-extractor.js';
import { redactPersonalData } from './redact.js';
import type { CvSectionName } from './section-headings.js';
import { judgeTextLayer } from './text-quality.js';

export type { CvSectionName } from './section-headings.js';

/** Resource limits for one CV; defaults come from CV_MAX_BYTES, CV_MAX_PAGES, CV_PARSE_TIMEOUT_MS, ... */
export interface CvLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  memoryMb: number;
  maxChars: number;
}

/** A CV ready to store: the full text, its sections, and redacted copies for anything leaving the machine. */
export interface ProcessedCv {
  fileName: string;
  bytes: number;
  pages: number;
  sha256: string;
  /** Normalised full text, at most `maxChars` characters. */
  text: string;
  /** Text under each detected heading; an empty string when the CV has no such section. */
  sections: Record<CvSectionName, string>;
  /** `text` with e-mails, phone numbers and street addresses replaced by [email], [phone], [address]. */
  redactedText: string;
  redactedSections: Record<CvSectionName, string>;
}

/** The limits the configuration schema defaults to. */
export const DEFAULT_CV_LIMITS: Readonly<CvLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  timeoutMs: 15_000,
  memoryMb: 512,
  maxChars: 60_000,
});

/** Limits from the validated environment (CV_* variables). */
export function cvLimitsFromEnv(env: {
  CV_MAX_BYTES: number;
  CV_MAX_PAGES: number;
  CV_PARSE_TIMEOUT_MS: number;
  CV_PARSE_MEMORY_MB: number;
  CV_MAX_CHARS: number;
}): CvLimits {
  return {
    maxBytes: env.CV_MAX_BYTES,
    maxPages: env.CV_MAX_PAGES,
    timeoutMs: env.CV_PARSE_TIMEOUT_MS,
    memoryMb: env.CV_PARSE_MEMORY_MB,
    maxChars: env.CV_MAX_CHARS,
  };
}

/** Megabytes with one decimal, rounded up for sizes so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number, round: (n: number) => number): string {
  return String(round((bytes / (1024 * 1024)) * 10) / 10);
}

function tooBig(sizeBytes: number, limits: CvLimits): UserError {
  const sizeMb = megabytes(sizeBytes, Math.ceil);
  return new UserError('cv.too_big', { sizeMb, maxMb: megabytes(limits.maxBytes, Math.round) });
}

/**
 * Refuse an upload from its metadata alone, before downloading it: too big, or clearly not a PDF.
 * Doubtful cases pass; `processCv` checks the bytes themselves.
 */
export function checkCvMetadata(
  meta: { fileName: string; contentType?: string; sizeBytes?: number },
  limits: CvLimits,
): void {
  if (metadataSaysNotPdf(meta.fileName, meta.contentType)) {
    throw new UserError('cv.not_pdf', { fileName: meta.fileName });
  }
  if (meta.sizeBytes !== undefined && meta.sizeBytes > limits.maxBytes) throw tooBig(meta.sizeBytes, limits);
}

/** Map an extraction failure to the message the user sees. Timeouts and memory caps read the same to them. */
export function extractionError(outcome: Exclude<ExtractOutcome, { ok: true }>, limits: CvLimits): UserError {
  switch (outcome.reason) {
    case 'too_many_pages':
      return new UserError('cv.too_many_pages', { pages: outcome.pages ?? 0, maxPages: limits.maxPages });
    case 'encrypted':
      return new UserError('cv.encrypted');
    case 'corrupt':
      return new UserError('cv.corrupt');
    case 'timeout':
    case 'resource':
      return new UserError('cv.timeout');
  }
}

let sharedExtractor: PdfExtractor | undefined;

/** The process-wide extraction child, started on first use. */
export function defaultPdfExtractor(): PdfExtractor {
  sharedExtractor ??= createPdfExtractor();
  return sharedExtractor;
}

/**
 * Check, extract, normalise, sectionise and redact a CV. Throws `UserError('cv.<reason>')` for uploads
 * that are not PDFs, too big, too long, encrypted, corrupt, scanned, nearly empty, or too costly to parse.
 */
export async function processCv(
  bytes: Uint8Array,
  fileName: string,
  limits: CvLimits,
  extractor: PdfExtractor = defaultPdfExtractor(),
): Promise<ProcessedCv> {
  if (bytes.length > limits.maxBytes) throw tooBig(bytes.length, limits);
  if (!hasPdfSignature(bytes)) throw new UserError('cv.not_pdf', { fileName });
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const outcome = await extractor.extract(bytes, limits);
  if (!outcome.ok) throw extractionError(outcome, limits);

  const text = normaliseText(outcome.pageTexts.join('\n\n')).slice(0, limits.maxChars);
  const quality = judgeTextLayer(text, outcome.truncated ? outcome.pageTexts.length : outcome.pages);
  if (quality !== 'ok') throw new UserError(`cv.${quality}`);

  const sections = detectSections(text);
  const redactedSections = { ...sections };
  for (const name of Object.keys(sections) as CvSectionName[]) {
    redactedSections[name] = redactPersonalData(sections[name]);
  }
  return {
    fileName,
    bytes: bytes.length,
    pages: outcome.pages,
    sha256,
    text,
    sections,
    redactedText: redactPersonalData(text),
    redactedSections,
  };
}
