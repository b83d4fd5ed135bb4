// Specification of the behavioural question and competency rubric parsers.
import { describe, expect, it } from 'vitest';
import { exportBehaviouralCsv, exportCompetenciesCsv } from '../../src/bank/export-csv.js';
import { parseBehaviouralCsv } from '../../src/bank/parse-behavioural.js';
import { parseCompetenciesCsv } from '../../src/bank/parse-competencies.js';
import { toCsv } from './csv-fixtures.js';

const HEADER = ['id', 'competency', 'language', 'question', 'example_answer', 'key_points'];
const STAR_ANSWER =
  'In my second year our club website went down the night before a recruiting event. I was the only member ' +
  'who knew the hosting set-up, so I took it on. I restored the last backup, found that a plugin update had ' +
  'broken the theme, pinned the plugin version and wrote a short checklist for updates. The site was back ' +
  'within two hours and the event had its best turnout. I learned to document the systems only I understand.';
const KOREAN_STAR =
  '2학년 때 동아리 모집 행사 전날 밤 홈페이지가 멈췄습니다. 호스팅 구조를 아는 사람이 저뿐이어서 제가 맡았습니다. ' +
  '마지막 백업을 복구하고, 플러그인 업데이트가 테마를 깨뜨린 것을 찾아 버전을 고정한 뒤 업데이트 점검표를 만들었습니다. ' +
  '두 시간 만에 복구했고 행사는 역대 가장 많은 인원이 왔습니다. 나만 아는 시스템은 꼭 문서로 남겨야 한다는 것을 배웠습니다.';
const POINTS = 'Owns the problem | Fixes the root cause | Leaves a safeguard behind';
const KOREAN_POINTS = '문제를 책임지고 맡음 | 근본 원인을 해결 | 재발 방지책을 남김';

const row = (overrides: Partial<Record<(typeof HEADER)[number], string>> = {}) => {
  const cells: Record<string, string> = {
    id: 'beh-own-01',
    competency: 'ownership',
    language: 'en',
    question: 'Tell me about a time you fixed something that was not your job.',
    example_answer: STAR_ANSWER,
    key_points: POINTS,
    ...overrides,
  };
  return HEADER.map((column) => cells[column] ?? '');
};
const korean = (overrides: Partial<Record<(typeof HEADER)[number], string>> = {}) =>
  row({
    language: 'ko',
    question: '내 일이 아니었던 문제를 직접 해결한 경험이 있나요?',
    example_answer: KOREAN_STAR,
    key_points: KOREAN_POINTS,
    ...overrides,
  });
const options = { source: 'behavioural.csv', workspaceId: null };

describe('behavioural CSV parser', () => {
  it('reads English and Korean versions of one question', () => {
    const { rows, errors } = parseBehaviouralCsv(toCsv(HEADER, [row(), korean()]), options);
    expect(errors).toEqual([]);
    expect(rows.map((q) => [q.id, q.kind, q.competency, q.language, q.keyPoints.length])).toEqual([
      ['beh-own-01', 'behavioural', 'ownership', 'en', 3],
      ['beh-own-01', 'behavioural', 'ownership', 'ko', 3],
    ]);
  });

  it('rejects an unknown competency with the list of allowed ones', () => {
    const { errors } = parseBehaviouralCsv(toCsv(HEADER, [row({ competency: 'charisma' })]), options);
    expect(errors).toEqual([
      {
        source: 'behavioural.csv',
        line: 2,
        key: 'bank.unknown_competency',
        params: expect.objectContaining({ value: 'charisma', allowed: expect.stringContaining('ownership') }),
      },
    ]);
  });

  it('rejects a Korean translation filed under another competency', () => {
    const { errors } = parseBehaviouralCsv(toCsv(HEADER, [row(), korean({ competency: 'growth' })]), options);
    expect(errors.map(({ line, key, params }) => [line, key, params.field])).toEqual([
      [3, 'bank.translation_mismatch', 'competency'],
    ]);
  });

  it('applies the same length rules as technical questions', () => {
    const { errors } = parseBehaviouralCsv(toCsv(HEADER, [row({ example_answer: 'I fixed it.' })]), options);
    expect(errors.map((error) => error.key)).toEqual(['bank.answer_words']);
  });

  it('round-trips through export', () => {
    const first = parseBehaviouralCsv(toCsv(HEADER, [row(), korean()]), options).rows;
    expect(parseBehaviouralCsv(exportBehaviouralCsv(first), options).rows).toEqual(first);
  });
});

describe('competency rubric parser', () => {
  const RUBRIC_HEADER = ['competency', 'language', 'name', 'weak', 'solid', 'strong'];
  const rubric = [
    'ownership',
    'en',
    'Ownership',
    'Stops at shipping and blames tools or others.',
    'Takes responsibility for their work and fixes problems.',
    'Acts on problems nobody owns and fixes root causes.',
  ];

  it('reads one rubric per competency and language', () => {
    const { rows, errors } = parseCompetenciesCsv(toCsv(RUBRIC_HEADER, [rubric]), {
      source: 'competencies.csv',
    });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        competency: 'ownership',
        language: 'en',
        name: 'Ownership',
        weak: rubric[3],
        solid: rubric[4],
        strong: rubric[5],
      },
    ]);
    expect(parseCompetenciesCsv(exportCompetenciesCsv(rows), { source: 'x' }).rows).toEqual(rows);
  });

  it('rejects a second rubric for the same competency and language, and a level that says too little', () => {
    const thin = [...rubric.slice(0, 3), 'Weak.', ...rubric.slice(4)];
    const { rows, errors } = parseCompetenciesCsv(toCsv(RUBRIC_HEADER, [rubric, rubric, thin]), {
      source: 'competencies.csv',
    });
    expect(rows).toHaveLength(1);
    expect(errors.map(({ line, key }) => [line, key])).toEqual([
      [3, 'bank.duplicate_rubric'],
      [4, 'bank.rubric_length'],
    ]);
  });
});
