// The interview engine end to end on an in-memory database: phases, skip, end, status, reports.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { freshSqliteCopy } from '../helpers/template-database.js';
import { createEngineHarness, type EngineHarness } from './engine-harness.js';

describe('interview engine', () => {
  let h: EngineHarness;
  afterEach(() => h?.stop());

  it('asks for the CV first, then technical, behavioural and CV questions in that order, then reports', async () => {
    h = await createEngineHarness();
    const ann = h.user('ann');
    const reply = await h.command(ann, 'start', { position: 'be' });
    expect(reply).toMatch(/started in a private conversation/);
    await h.waitFor(ann, /send me your CV as a PDF/);
    await h.upload(ann);
    const kinds: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const text = await h.waitFor(ann, new RegExp(`Question ${n} of 5 · (\\w[\\w ]*)`));
      kinds.push(new RegExp(`Question ${n} of 5 · (\\w[\\w ]*)`).exec(text)?.[1] ?? '');
      await h.say(
        ann,
        'A B-tree index keeps keys sorted so lookups take logarithmic time; writes pay to keep it balanced.',
      );
    }
    expect(kinds).toEqual(['Technical', 'Technical', 'Behavioural', 'From your CV', 'From your CV']);
    const text = await h.waitFor(ann, /Interview report — Backend/);
    // One overall figure, with what it is an average of.
    expect(text).toMatch(/Overall \*\*\d+\.\d\/10\*\*: the average over the 5 questions you were asked\./);
    const [session] = await h.services.sessions.history((await h.services.users.upsert(ann, 0)).id, 1);
    expect(session?.state).toBe('completed');
    expect(session?.overallScore).not.toBeNull();
  });

  it('stores every answer before it replies, even when sending the next question fails', async () => {
    h = await createEngineHarness({
      TECHNICAL_QUESTIONS: '2',
      BEHAVIOURAL_QUESTIONS: '0',
      PERSONAL_QUESTIONS: '0',
    });
    const bo = h.user('bo');
    await h.command(bo, 'start', { position: 'fe' });
    await h.upload(bo);
    await h.waitFor(bo, /Question 1 of 2/);
    h.messenger.failNextSends(1);
    const reply = await h.say(
      bo,
      'The event loop runs callbacks from the task queue after the call stack empties.',
    );
    expect(reply).toMatch(/something went wrong on our side/);
    const user = await h.services.users.upsert(bo, 0);
    const session = await h.services.sessions.findActive(user.id);
    const turns = await h.services.sessions.listTurns(session!.id);
    expect(turns[0]?.answer).toMatch(/event loop/);
    expect(turns).toHaveLength(2);
    // The question that could not be sent is the open one: status shows it, and an answer goes to it.
    expect(await h.command(bo, 'status')).toContain(turns[1]!.question);
    await h.say(bo, 'Closures capture variables from the scope where a function was created.');
    await h.waitFor(bo, /Interview report/);
  });

  it('skips a question (0 in the report) and ends early with a report of what was answered', async () => {
    h = await createEngineHarness();
    const cy = h.user('cy');
    await h.command(cy, 'start', { position: 'ai' });
    await h.upload(cy);
    await h.waitFor(cy, /Question 1 of 5/);
    await h.say(cy, 'skip');
    await h.waitFor(cy, /Question 2 of 5/);
    await h.say(
      cy,
      'Gradient descent updates weights against the gradient of the loss, scaled by a learning rate.',
    );
    await h.waitFor(cy, /Question 3 of 5/);
    await h.command(cy, 'end');
    const text = await h.waitFor(cy, /Interview report/);
    expect(text).toMatch(/Interview ended/);
    // Asked: a skipped one, an answered one, and the open one the user ended on.
    expect(text).toMatch(/the average over the 2 questions you were asked/);
    expect(text).toMatch(/The question you skipped counts as 0\./);
    expect(text).toMatch(/The question still open when you ended does not count\./);
    expect(text).toMatch(/skipped \(0\/10\)/);
    expect(text).not.toMatch(/Question 4 of 5/);
  });

  it('ends without a report when nothing was answered', async () => {
    h = await createEngineHarness();
    const di = h.user('di');
    await h.command(di, 'start', { position: 'mobile' });
    await h.say(di, 'end');
    await h.waitFor(di, /no report this time/);
    expect(await h.command(di, 'status')).toMatch(/no interview in progress/);
  });

  it('shortens the plan when the bank has nothing for a phase, and moves on to the next phase', async () => {
    const copy = freshSqliteCopy();
    const knex = openDatabase({ client: 'sqlite', filename: copy.file });
    await knex('questions').where({ kind: 'behavioural' }).del();
    h = await createEngineHarness(
      { TECHNICAL_QUESTIONS: '1', BEHAVIOURAL_QUESTIONS: '1', PERSONAL_QUESTIONS: '1' },
      { knex },
    );
    try {
      const eve = h.user('eve');
      await h.command(eve, 'start', { position: 'be' });
      await h.upload(eve);
      await h.waitFor(eve, /Question 1 of 3 · Technical/);
      await h.say(eve, 'A B-tree index keeps keys sorted so lookups take logarithmic time.');
      // No behavioural question exists: the plan drops to two and the CV question comes next.
      await h.waitFor(eve, /Question 2 of 2 · From your CV/);
      await h.say(eve, 'I measured it with a load test before and after, and kept the dashboards.');
      const report = await h.waitFor(eve, /Interview report — Backend/);
      expect(report).toMatch(/the average over the 2 questions you were asked\./);
      const [session] = await h.services.sessions.history((await h.services.users.upsert(eve, 0)).id, 1);
      expect(session?.plan).toMatchObject({ technical: 1, behavioural: 0, personal: 1 });
    } finally {
      await h.stop();
      await knex.destroy();
      copy.remove();
    }
  });

  it('keeps one active session per user per workspace, but the same id elsewhere is someone else', async () => {
    h = await createEngineHarness();
    const ed = h.user('ed');
    await h.command(ed, 'start', { position: 'be' });
    expect(await h.command(ed, 'start', { position: 'fe' })).toMatch(
      /already have a Backend interview in progress/,
    );
    const edElsewhere = h.user('ed', { workspaceId: 'T2' });
    expect(await h.command(edElsewhere, 'start', { position: 'fe' })).toMatch(
      /started in a private conversation/,
    );
  });

  it('opens one session when the same user starts twice at the same moment', async () => {
    h = await createEngineHarness();
    const max = h.user('max');
    const replies = await Promise.all([
      h.command(max, 'start', { position: 'be' }),
      h.command(max, 'start', { position: 'be' }),
    ]);
    expect(replies.filter((r) => /started in a private conversation/.test(r))).toHaveLength(1);
    expect(replies.filter((r) => /already have a Backend interview/.test(r))).toHaveLength(1);
    expect(await h.knex('sessions')).toHaveLength(1);
  });

  it('refuses the sixth start in the quota period and says when it resets', async () => {
    h = await createEngineHarness({
      TECHNICAL_QUESTIONS: '1',
      BEHAVIOURAL_QUESTIONS: '0',
      PERSONAL_QUESTIONS: '0',
    });
    const fay = h.user('fay');
    const start = h.clock.now;
    for (let i = 0; i < 5; i++) {
      h.clock.now = start + i * 60_000;
      expect(await h.command(fay, 'start', { position: 'be' })).toMatch(/started/);
      await h.upload(fay);
      await h.waitFor(fay, /Question 1 of 1/, i + 1);
      await h.say(fay, 'end');
    }
    h.clock.now = start + 10 * 60_000;
    const refusal = await h.command(fay, 'start', { position: 'be' });
    expect(refusal).toMatch(/used all 5 interviews allowed in 30 days/);
    expect(refusal).toMatch(/available on 2026-12-01/);
    const stats = await h.services.stats.workspace('slack', 'T1', h.clock.now);
    expect(stats.quotaRefusals).toBe(1);
    h.clock.now = start + 30 * 24 * 60 * 60 * 1000 + 1;
    expect(await h.command(fay, 'start', { position: 'be' })).toMatch(/started/);
  });

  it('counts an interview against the quota only once its first question was asked', async () => {
    h = await createEngineHarness({
      TECHNICAL_QUESTIONS: '1',
      BEHAVIOURAL_QUESTIONS: '0',
      PERSONAL_QUESTIONS: '0',
      SESSION_QUOTA: '1',
    });
    const abe = h.user('abe');
    for (let i = 0; i < 5; i++) {
      expect(await h.command(abe, 'start', { position: 'be' })).toMatch(/started/);
      await h.say(abe, 'end');
    }
    expect(await h.command(abe, 'start', { position: 'be' })).toMatch(/started/);
    await h.upload(abe);
    await h.waitFor(abe, /Question 1 of 1/);
    await h.say(abe, 'end');
    expect(await h.command(abe, 'start', { position: 'be' })).toMatch(/used all 1 interviews/);
  });

  it('does not take an answer with no words (an emoji) and says so; the question stays open', async () => {
    h = await createEngineHarness({
      TECHNICAL_QUESTIONS: '1',
      BEHAVIOURAL_QUESTIONS: '0',
      PERSONAL_QUESTIONS: '0',
    });
    const emo = h.user('emo');
    await h.command(emo, 'start', { position: 'be' });
    await h.upload(emo);
    await h.waitFor(emo, /Question 1 of 1/);
    expect(await h.say(emo, '👍')).toMatch(/has no words in it, so I did not count it/);
    expect(await h.say(emo, ' ...!? ')).toMatch(/did not count it/);
    const session = await h.services.sessions.findActive((await h.services.users.upsert(emo, 0)).id);
    const [turn] = await h.services.sessions.listTurns(session!.id);
    expect(turn).toMatchObject({ status: 'asked', answer: null });
    await h.say(emo, 'An index is a B-tree kept sorted, so a lookup reads log n pages. 👍');
    await h.waitFor(emo, /Interview report/);
    expect((await h.services.sessions.listTurns(session!.id))[0]?.answer).toMatch(/B-tree kept sorted/);
  });

  it('honours a workspace quota and question counts over the defaults', async () => {
    h = await createEngineHarness();
    await h.services.settings.update(
      'slack',
      'T1',
      { quota: 1, technical: 1, behavioural: 0, personal: 0 },
      0,
    );
    const gus = h.user('gus');
    await h.command(gus, 'start', { position: 'fe' });
    await h.upload(gus);
    await h.waitFor(gus, /Question 1 of 1/);
    await h.say(gus, 'skip');
    await h.waitFor(gus, /Interview report/);
    expect(await h.command(gus, 'start', { position: 'fe' })).toMatch(/used all 1 interviews/);
  });

  it('refuses a non-PDF file with a clear message and keeps waiting for the CV', async () => {
    h = await createEngineHarness();
    const hal = h.user('hal');
    await h.command(hal, 'start', { position: 'be' });
    expect(await h.upload(hal, 'photo.png')).toMatch(/not a PDF/);
    expect(await h.say(hal, 'hello?')).toMatch(/send me your CV as a PDF/);
    await h.upload(hal);
    await h.waitFor(hal, /Question 1 of 5/);
  });

  it('points a message in the wrong place back to the interview conversation and records nothing', async () => {
    h = await createEngineHarness();
    const ida = h.user('ida');
    await h.command(ida, 'start', { position: 'be' });
    await h.upload(ida);
    await h.waitFor(ida, /Question 1 of 5/);
    const reply = await h.say(ida, 'my answer', {
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'general',
    });
    expect(reply).toMatch(/please answer there/);
    const user = await h.services.users.upsert(ida, 0);
    const session = await h.services.sessions.findActive(user.id);
    expect((await h.services.sessions.listTurns(session!.id))[0]?.answer).toBeNull();
  });

  it('answers in Korean when the platform locale is Korean, and lang switches it', async () => {
    h = await createEngineHarness();
    const jin = h.user('jin', { platformLocale: 'ko-KR' });
    expect(await h.command(jin, 'start', { position: 'be' })).toMatch(/면접을 개인 대화에서 시작했습니다/);
    await h.waitFor(jin, /이력서를 PDF 파일로 보내 주세요/);
    await h.upload(jin);
    const text = await h.waitFor(jin, /질문 1\/5 · 기술 질문/);
    expect(text).toMatch(/[가-힣]{2,}.*\?/);
    expect(await h.command(jin, 'lang', { language: 'en' })).toMatch(/speak English/);
  });

  it('ignores a Skip button clicked on an earlier question', async () => {
    h = await createEngineHarness();
    const kim = h.user('kim');
    await h.command(kim, 'start', { position: 'be' });
    await h.upload(kim);
    await h.waitFor(kim, /Question 1 of 5/);
    const firstSkip = h.messenger.sent('kim').find((m) => /Question 1 of 5/.test(m.title ?? ''))
      ?.buttons?.[0];
    expect(firstSkip?.action).toBe('skip');
    await h.say(kim, 'HTTP is stateless; cookies or tokens carry session state between requests.');
    await h.waitFor(kim, /Question 2 of 5/);
    const { randomUUID } = await import('node:crypto');
    const replies = await h.core.engine.handleAction({
      kind: 'action',
      eventId: randomUUID(),
      user: kim,
      where: { platform: 'slack', workspaceId: 'T1', channelId: 'dm:kim' },
      action: 'skip',
      value: firstSkip?.value,
    });
    expect(replies.map((r) => r.text).join()).toMatch(/earlier question/);
    expect(h.messenger.text('kim')).not.toMatch(/Skipped\./);
  });

  it('forgets a user: CV text, answers, evaluations and reports go; anonymous counts stay', async () => {
    h = await createEngineHarness({
      TECHNICAL_QUESTIONS: '1',
      BEHAVIOURAL_QUESTIONS: '0',
      PERSONAL_QUESTIONS: '1',
    });
    const liv = h.user('liv', { displayName: 'Liv Tyler' });
    await h.command(liv, 'start', { position: 'be' });
    await h.upload(liv);
    await h.waitFor(liv, /Question 1 of 2/);
    await h.say(liv, 'My secret answer about database indexes and B-trees.');
    await h.waitFor(liv, /Question 2 of 2/);
    await h.say(liv, 'Another personal answer about the payment API.');
    await h.waitFor(liv, /Interview report/);
    expect(await h.command(liv, 'forget', { confirm: 'confirm' })).toMatch(
      /deleted the text of 1 CV and 2 answers/,
    );

    const cvs = await h.knex('cvs');
    expect(cvs).toHaveLength(1);
    expect(cvs[0].text).toBeNull();
    expect(cvs[0].redacted_text).toBeNull();
    const turns = await h.knex('turns');
    expect(turns.every((turn) => turn.answer === null && turn.evaluation === null)).toBe(true);
    expect(turns.every((turn) => turn.score !== null)).toBe(true);
    expect(await h.knex('generated_questions')).toHaveLength(0);
    const sessions = await h.knex('sessions');
    expect(sessions[0].report).toBeNull();
    expect(sessions[0].overall_score).not.toBeNull();
    expect((await h.knex('users').where({ platform_user_id: 'liv' }).first()).display_name).toBeNull();
    const everything = JSON.stringify({ cvs, turns, sessions });
    expect(everything).not.toMatch(/secret answer|Jane Doe|payment API\./);
    const stats = await h.services.stats.workspace('slack', 'T1', h.clock.now);
    expect(stats.sessions.completed).toBe(1);
    expect(await h.command(liv, 'report')).toMatch(/no finished interview with a report/);
  });

  it('asks one follow-up when an on-topic answer misses an important point, and judges both together', async () => {
    h = await createEngineHarness({
      FOLLOW_UPS: 'true',
      TECHNICAL_QUESTIONS: '1',
      BEHAVIOURAL_QUESTIONS: '0',
      PERSONAL_QUESTIONS: '0',
    });
    const ned = h.user('ned');
    await h.command(ned, 'start', { position: 'be' });
    await h.upload(ned);
    await h.waitFor(ned, /Question 1 of 1/);
    const [first] = await h.knex('turns');
    const keyPoints = JSON.parse(first.question_meta).keyPoints as string[];
    // On topic (its first key point, word for word) but silent on the rest.
    await h.say(ned, keyPoints[0]!);
    await h.waitFor(ned, /Follow-up to question 1/);
    const followUp = (await h.knex('turns').orderBy('seq'))[1];
    expect(followUp.parent_turn_id).toBe(first.id);
    await h.say(ned, keyPoints.slice(1).join('. '));
    await h.waitFor(ned, /Interview report/);
    // The follow-up is part of the question in full.
    const text = await h.command(ned, 'report', { number: '1', detail: 'full' });
    expect(text).toMatch(/Follow-up: /);
    expect(text).not.toMatch(/Follow-up to question 2/);
    const [parent] = await h.knex('turns').where({ id: first.id });
    // The follow-up's answer counts: the parent's evaluation covers points only the second answer made.
    const covered = JSON.parse(parent.evaluation).keyPoints.filter(
      (k: { status: string }) => k.status !== 'missing',
    );
    expect(covered.length).toBeGreaterThan(1);
  });

  it('asks a behavioural story without a result how it ended, and none after a complete story', async () => {
    h = await createEngineHarness({
      FOLLOW_UPS: 'true',
      TECHNICAL_QUESTIONS: '0',
      BEHAVIOURAL_QUESTIONS: '2',
      PERSONAL_QUESTIONS: '0',
    });
    const ivy = h.user('ivy');
    await h.command(ivy, 'start', { position: 'be' });
    await h.upload(ivy);
    await h.waitFor(ivy, /Question 1 of 2/);
    const [first] = await h.knex('turns');
    const followUps = JSON.parse(first.question_meta).followUps as string[] | undefined;
    // Scene, task and actions, but no ending.
    await h.say(
      ivy,
      'In my capstone project two weeks before the demo the client changed the requirements. My role was the backend, so I listed what the change touched and I proposed to drop a feature nobody had asked for.',
    );
    const asked = await h.waitFor(ivy, /Follow-up to question 1/);
    const followUp = (await h.knex('turns').orderBy('seq'))[1];
    expect(followUp.parent_turn_id).toBe(first.id);
    // The bank's own outcome follow-up when the question has one, else the STAR template.
    const expected = followUps?.find((question) => asked.includes(question)) ?? 'what was the result';
    expect(asked).toContain(expected);
    await h.say(
      ivy,
      'We shipped on time and the union used the app for the next semester; response times dropped from 2 s to 200 ms.',
    );
    await h.waitFor(ivy, /Question 2 of 2/);
    expect(await h.knex('turns')).toHaveLength(3);
    await h.say(
      ivy,
      'During my internship our nightly job kept failing. My task was to fix it. I profiled it and I split it into batches. As a result it went from 3 hours to 20 minutes and never failed again.',
    );
    await h.waitFor(ivy, /Interview report/);
    // The complete story got no follow-up: three turns in all.
    expect(await h.knex('turns')).toHaveLength(3);
  });
});
