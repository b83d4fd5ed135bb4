// A whole Korean session in the terminal (issue 11, point 8): every view a member or admin reads —
// the interview's messages, the short and full report, stats, history, help, the question of the
// day — and no untranslated identifier in any of it: no topic or competency slug, no evaluator id,
// no button action.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startConsoleBot } from '../helpers/console-bot.js';
import type { Bot } from '../../commands/create-bot.js';
import { loadSeedBank } from '../../src/bank/load-seed-bank.js';
import { COMPETENCIES, TOPICS } from '../../src/bank/taxonomy.js';
import { createKoreanCv } from '../fakes/pdf-factory.js';
import { waitFor } from '../helpers/wait-for.js';

/** Identifiers that must never reach a reader: the bank's slugs, evaluator ids, button actions. */
const IDENTIFIERS = [
  ...Object.values(TOPICS).flat(),
  ...COMPETENCIES,
  'offline',
  'precheck',
  'model-answer',
  'full-report',
];

const ANSWERS = [
  '가상 DOM은 이전 트리와 새 트리를 비교해서 바뀐 부분만 실제 DOM에 반영합니다. 그래서 렌더링 비용이 줄어듭니다.',
  '모르겠습니다',
  '팀 프로젝트에서 배포 파이프라인을 제가 맡아 끝까지 책임졌고, 빌드 캐시를 도입해 배포 시간을 절반으로 줄였습니다.',
  '이미지 지연 로딩과 코드 스플리팅을 적용하고, 배포 전후로 LCP를 측정해서 개선을 확인했습니다.',
];

describe('every view in Korean', () => {
  let bot: Bot | undefined;
  afterAll(async () => {
    await bot?.stop();
  });

  it('names every topic, competency, evaluator and button in Korean', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'korean-views-'));
    const cv = path.join(dir, 'cv-ko.pdf');
    writeFileSync(cv, await createKoreanCv());
    // Charts on, as a member has them: the image's words are checked with the text's.
    const c = await startConsoleBot({
      env: {
        CHARTS: 'on',
        JOB_POLL_MS: '20',
        TECHNICAL_QUESTIONS: '2',
        BEHAVIOURAL_QUESTIONS: '1',
        PERSONAL_QUESTIONS: '1',
        FOLLOW_UPS: 'false',
      },
      locale: 'ko_KR.UTF-8',
    });
    bot = c.bot;
    const { type, transcript } = c;
    const seen = (pattern: RegExp, times = 1) =>
      waitFor(
        () => (transcript().match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0) >= times,
        {
          timeoutMs: 20_000,
          what: () => `${pattern} in:\n${transcript().slice(-600)}`,
        },
      );

    type('/interview lang ko');
    type('/interview start fe');
    await seen(/이력서 PDF 파일의 경로/);
    type(cv);
    for (const [index, answer] of ANSWERS.entries()) {
      await seen(new RegExp(`질문 ${index + 1}/4`));
      type(answer);
    }
    await seen(/면접 리포트 —/);
    type('/interview report 1 full');
    await seen(/전체 면접 리포트[\s\S]*모범 답안/);
    type('/interview status');
    type('/interview history');
    await seen(/나의 면접 기록/);
    type('/interview stats');
    await seen(/그룹 통계/);
    type('/interview help');
    type('/interview daily now');
    await seen(/^오늘의 질문$/m);
    type('해시 테이블은 키를 해시해서 버킷에 저장하고 충돌은 체이닝으로 처리합니다.');
    await seen(/오늘의 질문에 대한 내 답: \d+\/10/);

    // What the member and the bank wrote is theirs to word; everything else is the bot's.
    const bank = await loadSeedBank();
    const knex = bot.core.knex;
    const turns = await knex('turns').select('question', 'answer', 'question_meta');
    const content = [
      ...[...bank.technical, ...bank.behavioural].flatMap((q) => [
        q.question,
        q.exampleAnswer,
        ...q.keyPoints,
        ...(q.followUps ?? []),
      ]),
      ...turns.flatMap((turn) => {
        const meta = JSON.parse(turn.question_meta ?? '{}') as { cvQuote?: string; keyPoints?: string[] };
        return [turn.question, turn.answer, meta.cvQuote, ...(meta.keyPoints ?? [])];
      }),
      ...ANSWERS,
    ]
      .filter((text): text is string => typeof text === 'string' && text.length > 0)
      .sort((a, b) => b.length - a.length);
    let botWords = transcript();
    for (const text of content) botWords = botWords.split(text).join(' ');

    const leftovers = IDENTIFIERS.filter((id) =>
      new RegExp(`(?<![\\p{L}\\d_/-])${id}(?![\\p{L}\\d_-])`, 'u').test(botWords),
    );
    expect(leftovers, botWords).toEqual([]);
    // The views the issue named, in their Korean form.
    expect(transcript()).toMatch(/채점: 오프라인 평가기/);
    expect(transcript()).toMatch(
      /역량: (적응력|협업|리더십|학습과 성장|우선순위 판단|갈등 관리|주인의식|커뮤니케이션)/,
    );
    expect(transcript()).toMatch(/차트 저장됨: /);
    expect(transcript()).not.toMatch(/Chart saved/);
  }, 90_000);
});
