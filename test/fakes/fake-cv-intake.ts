// A CV intake that returns a fixed, realistic CV at once, for engine tests that are not about PDFs.
import { UserError } from '../../src/errors.js';
import type { CvIntake, ProcessedCvInfo } from '../../src/engine/engine-deps.js';

export const SAMPLE_CV_TEXT = [
  'Jane Doe — jane@example.com — 010-1234-5678',
  'Experience',
  'Backend Engineer, Acme Corp (2021–2024): built a payment API in Go handling 3,000 requests per second.',
  'Cut p95 latency by 40% by adding a Redis cache in front of PostgreSQL.',
  'Projects',
  'Open-source job queue in TypeScript with 1,200 GitHub stars.',
  'Skills',
  'Go, TypeScript, PostgreSQL, Redis, Kubernetes',
  'Education',
  'BSc Computer Science, Seoul National University, 2021',
].join('\n');

/** Accepts any file whose name ends in .pdf; anything else is refused like the real intake would. */
export function createFakeCvIntake(): CvIntake & { processed: number } {
  const intake = {
    processed: 0,
    checkMetadata(meta: { fileName: string }) {
      if (!meta.fileName.toLowerCase().endsWith('.pdf'))
        throw new UserError('cv.not_pdf', { fileName: meta.fileName });
    },
    async process(bytes: Uint8Array, fileName: string): Promise<ProcessedCvInfo> {
      intake.processed += 1;
      const sections = {
        experience: SAMPLE_CV_TEXT.split('\n').slice(2, 4).join('\n'),
        projects: SAMPLE_CV_TEXT.split('\n')[5] ?? '',
        skills: SAMPLE_CV_TEXT.split('\n')[7] ?? '',
        education: SAMPLE_CV_TEXT.split('\n')[9] ?? '',
        other: SAMPLE_CV_TEXT.split('\n')[0] ?? '',
      };
      const redact = (text: string) =>
        text.replace('jane@example.com', '[email]').replace('010-1234-5678', '[phone]');
      return {
        fileName,
        bytes: bytes.length,
        pages: 1,
        sha256: 'f'.repeat(64),
        text: SAMPLE_CV_TEXT,
        sections,
        redactedText: redact(SAMPLE_CV_TEXT),
        redactedSections: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, redact(v)])),
      };
    },
  };
  return intake;
}
