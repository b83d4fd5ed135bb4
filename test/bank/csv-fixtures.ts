// Builders for small bank CSVs used by the parser tests: valid by default, broken on purpose per test.
import { stringify } from 'csv-stringify/sync';

/** An English example answer of 72 words, inside the 60–200 word range. */
export const ENGLISH_ANSWER =
  'An index is a separate sorted structure, usually a B-tree, that maps column values to row locations. ' +
  'Instead of scanning every row, the database walks the tree in logarithmic time and reads only matching ' +
  'rows. Composite indexes follow the leftmost prefix rule, so column order matters. Indexes speed up reads ' +
  'but slow down writes, because every insert and update must maintain them, and they cost disk space. ' +
  'Check the query plan to confirm an index is used.';

/** A Korean example answer of about 200 characters, inside the 120–700 character range. */
export const KOREAN_ANSWER =
  '인덱스는 컬럼 값과 행의 위치를 정렬해서 담아 둔 별도의 자료구조로, 보통 B-트리를 사용합니다. ' +
  '데이터베이스는 모든 행을 훑는 대신 트리를 따라 로그 시간에 원하는 행만 읽습니다. 복합 인덱스는 ' +
  '왼쪽 접두사 규칙을 따르므로 컬럼 순서가 중요합니다. 인덱스는 읽기를 빠르게 하지만 삽입과 수정 때마다 ' +
  '함께 갱신해야 해서 쓰기가 느려지고 저장 공간도 씁니다. 실행 계획으로 실제로 쓰이는지 확인해야 합니다.';

export const ENGLISH_POINTS =
  'B-tree maps values to row locations | logarithmic lookup instead of a full scan | leftmost prefix rule for composite indexes | faster reads, slower writes';
export const KOREAN_POINTS =
  'B-트리로 값과 행 위치를 연결 | 전체 스캔 대신 로그 시간 탐색 | 복합 인덱스의 왼쪽 접두사 규칙 | 읽기는 빨라지고 쓰기는 느려짐';

export const TECHNICAL_HEADER = [
  'id',
  'position',
  'topic',
  'difficulty',
  'language',
  'question',
  'example_answer',
  'key_points',
];

/** A valid technical row in the bank's column order; override any cell by column name. */
export function technicalRow(overrides: Record<string, string> = {}): string[] {
  const row: Record<string, string> = {
    id: 'be-db-001',
    position: 'be',
    topic: 'databases',
    difficulty: '2',
    language: 'en',
    question: 'How does a database index speed up queries, and what does it cost?',
    example_answer: ENGLISH_ANSWER,
    key_points: ENGLISH_POINTS,
    ...overrides,
  };
  return TECHNICAL_HEADER.map((column) => row[column] ?? '');
}

/** The Korean version of technicalRow's question, under the same id. */
export function koreanRow(overrides: Record<string, string> = {}): string[] {
  return technicalRow({
    language: 'ko',
    question: '데이터베이스 인덱스가 조회를 빠르게 하는 원리와 그 비용을 설명해 주세요.',
    example_answer: KOREAN_ANSWER,
    key_points: KOREAN_POINTS,
    ...overrides,
  });
}

/** Serialise a header and rows as RFC 4180 CSV, quoting cells that need it. */
export function toCsv(header: string[], rows: string[][]): string {
  return stringify([header, ...rows], { record_delimiter: '\n' });
}
