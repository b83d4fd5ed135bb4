// Builds the PDFs the CV intake tests need with pdf-lib, so every fixture is readable code, not opaque bytes.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';

/** Debian's fonts-nanum, used when installed (CI installs it). */
export const NANUM_GOTHIC_DEBIAN = '/usr/share/fonts/truetype/nanum/NanumGothic.ttf';
/**
 * Noto Sans KR from the npm devDependency @expo-google-fonts/noto-sans-kr, so a fresh machine needs no apt.
 * (That package's Nanum Gothic cannot be laid out by fontkit; Noto Sans KR can.)
 */
const NOTO_SANS_KR_NPM = fileURLToPath(
  new URL(
    '../../node_modules/@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    import.meta.url,
  ),
);
/** A font with Hangul glyphs for the Korean CV. */
export const KOREAN_FONT = existsSync(NANUM_GOTHIC_DEBIAN) ? NANUM_GOTHIC_DEBIAN : NOTO_SANS_KR_NPM;

const A4: [number, number] = [595, 842];

interface Column {
  x: number;
  lines: string[];
}

/** Write lines top to bottom from `x`, headings included, as a CV template would. */
function drawColumn(page: PDFPage, font: PDFFont, column: Column, size = 11): void {
  let y = A4[1] - 60;
  for (const line of column.lines) {
    page.drawText(line, { x: column.x, y, size, font });
    y -= size * 1.6;
  }
}

async function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false });
}

const englishLines = [
  'Jane Doe',
  'jane.doe@example.com | +1 (415) 555-0132 | 221 Baker Street, London',
  'Summary',
  'Backend engineer who likes boring, reliable systems.',
  'Experience',
  'Senior Engineer, Acme Payments (2020 - 2024)',
  'Led the migration of the ledger service to PostgreSQL with zero down-',
  'time, cutting p99 latency from 900 ms to 120 ms.',
  'Projects',
  'Queue Lens: an open-source dashboard for RabbitMQ dead-letter queues.',
  'Skills',
  'TypeScript, Go, PostgreSQL, Kafka, Kubernetes, Terraform',
  'Education',
  'BSc Computer Science, University of Leeds, 2016',
];

/** A one-column English CV with contact details, a hyphenated line end and the four main sections. */
export async function createEnglishCv(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  drawColumn(doc.addPage(A4), font, { x: 50, lines: englishLines });
  return save(doc);
}

/** A two-column CV: a narrow sidebar (skills, education) drawn before the main column (experience, projects). */
export async function createTwoColumnCv(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  const sidebar = [
    'minji@example.org',
    'SKILLS',
    'Kotlin, Swift',
    'Jetpack Compose',
    'SwiftUI, Combine',
    'EDUCATION',
    'KAIST, BSc 2019',
  ];
  const main = [
    'Minji Park',
    'WORK EXPERIENCE',
    'Mobile Engineer, Toss (2021 - now)',
    'Shipped offline-first sync for 3M users.',
    'Cut cold start time by 35% on low-end Android.',
    'Android Intern, Kakao (2019 - 2020)',
    'Built the in-app crash reporter dashboard.',
    'PROJECTS',
    'Bus Buddy: a commute app with 50k installs.',
    'Open-source Compose charts library.',
  ];
  drawColumn(page, font, { x: 40, lines: sidebar }, 10);
  drawColumn(page, font, { x: 220, lines: main }, 10);
  return save(doc);
}

/** A Korean CV in NanumGothic with a Korean phone number, street address and section headings. */
export async function createKoreanCv(): Promise<Uint8Array> {
  if (!existsSync(KOREAN_FONT)) {
    throw new Error(`${KOREAN_FONT} is missing: run npm install (or install the Debian package fonts-nanum)`);
  }
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(KOREAN_FONT), { subset: true });
  const lines = [
    '김하늘',
    '이메일: haneul.kim@example.co.kr  전화: 010-1234-5678',
    '주소: 서울특별시 강남구 테헤란로 123, 4층',
    '경력사항',
    '네이버 검색플랫폼팀 백엔드 개발자 (2019 - 2023)',
    '검색 색인 파이프라인을 Kafka 기반으로 재설계하여 지연 시간을 40% 줄였습니다.',
    '프로젝트',
    '스터디 매칭 서비스: Spring Boot와 Redis로 구현한 실시간 매칭 시스템',
    '기술 스택',
    'Java, Spring Boot, Kafka, Redis, MySQL',
    '학력',
    '서울대학교 컴퓨터공학부 학사 (2019년 졸업)',
  ];
  drawColumn(doc.addPage(A4), font, { x: 50, lines });
  return save(doc);
}

/** A CV of `pages` pages, each with a few paragraphs of text (for page limits and load tests). */
export async function createLongCv(pages: number, linesPerPage = 40): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p += 1) {
    const lines = p === 1 ? ['John Long', 'Experience'] : [];
    for (let i = 0; lines.length < linesPerPage; i += 1) {
      lines.push(`Page ${p} item ${i}: maintained the billing platform and mentored two junior engineers.`);
    }
    drawColumn(doc.addPage(A4), font, { x: 40, lines }, 9);
  }
  return save(doc);
}

/** One page with a real but tiny text layer: more than a scan, far less than a CV. */
export async function createSparseCv(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  drawColumn(doc.addPage(A4), font, { x: 50, lines: ['Curriculum vitae of Sam Lee', 'Details on request.'] });
  return save(doc);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A grey-striped greyscale PNG, standing in for a photographed page (and for "not a PDF" uploads). */
export function createPng(width = 200, height = 280): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rows[y * (width + 1) + 1 + x] = y % 12 < 2 ? 40 : 235;
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const iend = pngChunk('IEND', new Uint8Array());
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), iend]);
}

/** Pages that are only an image, as a scanner or phone camera produces: no text layer at all. */
export async function createScannedCv(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(createPng());
  for (let p = 0; p < pages; p += 1) {
    doc.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return save(doc);
}

/** A valid CV whose body after the header is overwritten with noise: no xref, no objects to recover. */
export async function createCorruptPdf(): Promise<Uint8Array> {
  const bytes = new Uint8Array(await createEnglishCv());
  for (let i = 16; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
  return bytes;
}

/**
 * The English CV protected by a user password. With qpdf installed (CI installs it) it is real AES-256
 * encryption; without it, pdf-lib writes a standard security handler whose user-password check cannot
 * pass for the empty password, which is what any reader (pdf.js included) sees of a locked CV.
 */
export async function createEncryptedCv(): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cv-encrypt-'));
  try {
    const plain = path.join(dir, 'plain.pdf');
    const locked = path.join(dir, 'locked.pdf');
    writeFileSync(plain, await createEnglishCv());
    try {
      execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, locked], {
        stdio: 'ignore',
      });
      return new Uint8Array(readFileSync(locked));
    } catch {
      return lockWithPdfLib();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function lockWithPdfLib(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  drawColumn(doc.addPage(A4), font, { x: 50, lines: englishLines });
  const hex = (bytes: number) => PDFHexString.of(randomBytes(bytes).toString('hex'));
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 2,
    R: 3,
    Length: 128,
    P: -3904,
    O: hex(32),
    U: hex(32),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  const id = hex(16);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return save(doc);
}

/**
 * A small file whose single page content stream inflates to `decodedMb` megabytes of blanks:
 * a compression bomb that must hit the child's memory cap instead of the bot's.
 */
export async function createCompressionBomb(decodedMb: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(A4);
  const compressed = deflateSync(Buffer.alloc(decodedMb * 1024 * 1024, 0x20), { level: 9 });
  const stream = doc.context.stream(compressed, { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return save(doc);
}
