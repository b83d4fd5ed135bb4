// The report as a member reads it (issue 11, points 12 and 13): one overall figure with its meaning,
// one line per question, three things to study, the evaluator named once, plurals from the
// catalogue; and the full report with the member's answer beside the model answer, feedback that
// does not repeat the lists.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/types.js';
import type { ReportData, ReportItem } from '../../src/engine/report.js';
import { renderFullReport, withoutRestatedPoints } from '../../src/engine/report-full.js';
import { renderShortReport } from '../../src/engine/report-short.js';
import { plural } from '../../src/i18n/plural.js';
import { plain as plainText } from '../fakes/recording-messenger.js';

function item(n: number, over: Partial<ReportItem>): ReportItem {
  return {
    turnId: 100 + n,
    number: n,
    kind: 'technical',
    question: `Question ${n}?`,
    status: 'answered',
    score: 5,
    evaluator: 'offline',
    degraded: false,
    covered: [],
    partial: [],
    missing: [],
    wrong: [],
    feedback: '',
    ...over,
  };
}

function report(items: ReportItem[], language: Language = 'en'): ReportData {
  const counted = items.filter((i) => i.status !== 'unanswered');
  return {
    sessionId: 7,
    position: 'be',
    language,
    overallScore:
      Math.round((counted.reduce((sum, i) => sum + (i.score ?? 0), 0) / Math.max(counted.length, 1)) * 10) /
      10,
    answered: items.filter((i) => i.status === 'answered').length,
    skipped: items.filter((i) => i.status === 'skipped').length,
    total: items.length,
    endedEarly: false,
    items,
    evaluators: [...new Set(items.map((i) => i.evaluator).filter((e): e is string => Boolean(e)))],
  };
}

const FIVE = [
  item(1, { topic: 'concurrency', score: 0, missing: ['Name the four Coffman conditions', 'Lock ordering'] }),
  item(2, { topic: 'databases', score: 9, covered: ['B-tree'] }),
  item(3, { topic: 'security', status: 'skipped', score: 0 }),
  item(4, { kind: 'behavioural', competency: 'ownership', score: 6, partial: ['States the result'] }),
  item(5, {
    kind: 'personal',
    score: 7,
    wrong: [{ claim: 'Redis is durable by default', why: 'it is not' }],
  }),
];

const ref = { sessionId: 7, number: 1 };

describe('short report', () => {
  it('states one overall figure and what it is an average of, and nothing that contradicts it', () => {
    const text = plainText(renderShortReport(report(FIVE), ref));
    expect(text).toContain(
      'Overall **4.4/10**: the average over the 5 questions you were asked. The question you skipped counts as 0.',
    );
    expect(text).not.toMatch(/Average score|over \d+ answers|questions answered/);
    expect(text.match(/\/10\*\*/g)).toHaveLength(1);
  });

  it('fits one screen: one line per question with its subject, score and most important gap', () => {
    const message = renderShortReport(report(FIVE), ref);
    const text = plainText(message);
    expect(text).toContain('1. Concurrency · 0/10 — missing: Name the four Coffman conditions');
    expect(text).toContain('2. Databases · 9/10');
    expect(text).toContain('3. Security · skipped (0/10)');
    expect(text).toContain('4. Ownership · 6/10 — only partly: States the result');
    expect(text).toContain('5. CV question 5 · 7/10 — incorrect: Redis is durable by default');
    // The second missing point of question 1 waits for the full report.
    expect(text).not.toContain('Lock ordering');
    expect(text.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('lists three things to study, only among answers below strong, weakest first', () => {
    const text = plainText(renderShortReport(report(FIVE), ref));
    const study = text.slice(text.indexOf('Study next'));
    expect(study).toContain('1. Concurrency — missing: Name the four Coffman conditions');
    expect(study).toContain('2. Security — you skipped it; start from the model answer');
    expect(study).toContain('3. Ownership — only partly: States the result');
    expect(study).not.toContain('Databases');
    const strong = plainText(renderShortReport(report([item(1, { topic: 'os', score: 9 })]), ref));
    expect(strong).toContain('Nothing urgent: every answer scored 8/10 or more.');
    expect(strong).not.toMatch(/Strong|Strongest|Weakest/);
  });

  it('names a lone 0/10 nowhere as a strength, and never "Strong on From your CV"', () => {
    const text = plainText(renderShortReport(report([item(1, { topic: 'concurrency', score: 0 })]), ref));
    expect(text).not.toMatch(/Strong|Best answer/);
    expect(text).toContain('the score of the one question you were asked');
  });

  it('uses plural rules from the catalogue, never "(s)" or "over 1 answers"', () => {
    const one = plainText(renderShortReport(report([item(1, { topic: 'os', score: 4 })]), ref));
    const two = plainText(
      renderShortReport(
        report([item(1, { topic: 'os', score: 4 }), item(2, { status: 'skipped', score: 0 })]),
        ref,
      ),
    );
    expect(one).toContain('the score of the one question you were asked.');
    expect(two).toContain(
      'the average over the 2 questions you were asked. The question you skipped counts as 0.',
    );
    expect(one + two).not.toMatch(/\(s\)|1 answers|1 questions/);
    // The same rules elsewhere a count is shown to a member.
    expect(plural('en', 'engine.cv_received', 1, { chars: 10, sections: 'skills' })).toMatch(
      /^Got your CV: 1 page, /,
    );
    expect(plural('en', 'engine.cv_received', 2, { chars: 10, sections: 'skills' })).toMatch(
      /^Got your CV: 2 pages, /,
    );
    expect(plural('en', 'daily.streak', 3)).toBe('Streak: 3 days in a row');
    expect(plural('ko', 'daily.streak', 1)).toBe('연속 참여: 1일째');
  });

  it('names the evaluator once when one scored everything, and each with its questions when mixed', () => {
    const single = plainText(renderShortReport(report(FIVE), ref));
    expect(single.match(/offline evaluator/g)).toHaveLength(1);
    expect(single).toContain('Scored by the offline evaluator.');
    const mixed = FIVE.map((i) =>
      i.number <= 2 ? { ...i, evaluator: 'primary:gpt-4o-mini' } : { ...i, degraded: i.number === 4 },
    );
    const text = plainText(renderShortReport(report(mixed), ref));
    expect(text).toContain(
      'Scored by: language model primary:gpt-4o-mini (questions 1, 2) · offline evaluator (questions 4, 5).',
    );
    expect(text).toContain('4. Ownership · 6/10 (fallback)');
    expect(text).toContain('The answer marked (fallback) was scored by a stand-in evaluator');
  });

  it('offers the full report as a button that a terminal shows as the command to type', () => {
    const [button] = renderShortReport(report(FIVE), { sessionId: 7, number: 3 }).buttons!;
    expect(button).toEqual({
      action: 'full-report',
      label: 'Show the full report',
      value: '7',
      typed: '/interview report 3 full',
    });
  });

  it('reads in Korean with no English leftovers or raw ids', () => {
    const text = plainText(renderShortReport(report(FIVE, 'ko'), ref));
    expect(text).toContain(
      '종합 점수 **4.4/10**: 받은 질문 5개의 평균입니다. 건너뛴 질문 1개는 0점으로 계산했습니다.',
    );
    expect(text).toContain('1. 동시성 · 0/10');
    expect(text).toContain('4. 주인의식 · 6/10');
    expect(text).toContain('채점: 오프라인 평가기');
    expect(text).not.toMatch(/\b(offline|ownership|concurrency|security|databases|model-answer)\b/);
  });
});

describe('full report', () => {
  it('shows each question asked with the member’s answer beside the model answer', () => {
    const items = [
      item(1, {
        topic: 'concurrency',
        answer: 'Deadlock is when two threads wait for each other.',
        modelAnswer: 'A deadlock needs four conditions…',
        missing: ['Name the four Coffman conditions'],
        feedback:
          'A partial answer. Missing: Name the four Coffman conditions. Add one concrete example from your work.',
      }),
      item(2, { status: 'unanswered', score: null }),
    ];
    const messages = renderFullReport(report(items));
    expect(messages).toHaveLength(2);
    const [, first] = messages;
    const names = first!.fields!.map((f) => f.name);
    expect(names.slice(0, 2)).toEqual(['Your answer', 'Model answer']);
    expect(first!.fields![0]!.value).toBe('Deadlock is when two threads wait for each other.');
    const feedback = first!.fields!.find((f) => f.name === 'Feedback')!.value;
    // The missing point is listed once, under Missing, not again in the feedback.
    expect(feedback).toBe('A partial answer. Add one concrete example from your work.');
    expect(first!.footer).toBeUndefined();
  });

  it('drops feedback sentences that restate listed points, in Korean too', () => {
    expect(
      withoutRestatedPoints(
        '핵심은 있지만 부족합니다. 빠진 내용: 락 순서 정하기; 타임아웃. 예를 들어 보세요.',
        ['락 순서 정하기'],
      ),
    ).toBe('핵심은 있지만 부족합니다. 예를 들어 보세요.');
  });
});
