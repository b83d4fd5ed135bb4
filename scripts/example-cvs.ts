// `npm run examples:cv`: writes the example CVs the README's quick start uses (examples/cv-en.pdf,
// examples/cv-ko.pdf), so a fresh clone can try an interview at once. Fictional people; the same bytes
// on every run (fixed dates, a font from the devDependencies), so a test can tell when they are stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

const root = fileURLToPath(new URL('..', import.meta.url));
const A4: [number, number] = [595, 842];
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * Noto Sans KR from the @expo-google-fonts/noto-sans-kr devDependency first (every clone has the same
 * one, so the bytes match), then Debian's fonts-nanum.
 */
const KOREAN_FONTS = [
  path.join(root, 'node_modules/@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
  '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
];

/** A CV line: a section heading is drawn larger, with space above it. */
type Line = string | { heading: string };

const ENGLISH: Line[] = [
  'Alex Morgan',
  'alex.morgan@example.com | Backend engineer',
  { heading: 'Experience' },
  'Backend Engineer, Parcelpoint (2021 - 2025)',
  'Split the order monolith into three services kept consistent by sagas and an outbox table.',
  'Added a Redis cache in front of PostgreSQL and cut the tracking API p95 from 480 ms to 90 ms.',
  { heading: 'Projects' },
  'Relay: a Go job queue with at-least-once delivery and idempotent handlers, used by 12 teams.',
  { heading: 'Skills' },
  'Go, TypeScript, PostgreSQL, Redis, Kafka, Docker, Kubernetes',
  { heading: 'Education' },
  'BSc Computer Science, University of Manchester, 2021',
];

const KOREAN: Line[] = [
  '이지훈',
  'jihoon.lee@example.co.kr | 백엔드 개발자',
  { heading: '경력사항' },
  '파슬포인트 백엔드 개발자 (2021 - 2025)',
  '주문 모놀리스를 세 서비스로 나누고 사가와 아웃박스로 정합성을 맞췄습니다.',
  'Redis 캐시를 도입해 배송 조회 API의 p95 지연 시간을 480ms에서 90ms로 줄였습니다.',
  { heading: '프로젝트' },
  'Relay: 최소 한 번 전달과 멱등 처리를 갖춘 Go 작업 큐로, 사내 12개 팀이 씁니다.',
  { heading: '기술 스택' },
  'Go, TypeScript, PostgreSQL, Redis, Kafka, Docker, Kubernetes',
  { heading: '학력' },
  '한양대학교 컴퓨터소프트웨어학부 학사 (2021년 졸업)',
];

/** One A4 page of `lines` in `font`, with fixed metadata so the bytes never change. */
async function buildCv(lines: Line[], embed: (doc: PDFDocument) => Promise<PDFFont>, title: string) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('Chat Your Interview example');
  doc.setProducer('scripts/example-cvs.ts');
  doc.setCreator('scripts/example-cvs.ts');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await embed(doc);
  const page = doc.addPage(A4);
  let y = A4[1] - 60;
  for (const line of lines) {
    const heading = typeof line !== 'string';
    if (heading) y -= 8;
    const size = heading ? 13 : 10;
    page.drawText(heading ? line.heading : line, { x: 50, y, size, font });
    y -= size * 1.6;
  }
  return doc.save({ useObjectStreams: false });
}

/** Both example CVs as bytes: `en` in Helvetica, `ko` in a Korean font from KOREAN_FONTS. */
export async function buildExampleCvs(): Promise<{ en: Uint8Array; ko: Uint8Array }> {
  const fontFile = KOREAN_FONTS.find((file) => existsSync(file));
  if (!fontFile) throw new Error(`no Korean font: run npm install (looked for ${KOREAN_FONTS.join(', ')})`);
  const en = await buildCv(ENGLISH, (doc) => doc.embedFont(StandardFonts.Helvetica), 'Example CV (English)');
  const ko = await buildCv(
    KOREAN,
    (doc) => {
      doc.registerFontkit(fontkit);
      return doc.embedFont(readFileSync(fontFile), { subset: true });
    },
    'Example CV (Korean)',
  );
  return { en, ko };
}

/** Where the example CVs live in the repository. */
export const EXAMPLE_CV_FILES = { en: 'examples/cv-en.pdf', ko: 'examples/cv-ko.pdf' } as const;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cvs = await buildExampleCvs();
  mkdirSync(path.join(root, 'examples'), { recursive: true });
  for (const language of ['en', 'ko'] as const) {
    writeFileSync(path.join(root, EXAMPLE_CV_FILES[language]), cvs[language]);
    console.log(`wrote ${EXAMPLE_CV_FILES[language]} (${cvs[language].byteLength} bytes)`);
  }
}
