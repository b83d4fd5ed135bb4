// Moving a session forward: ask the next question, enter evaluation, and finish with the report.
// Every step writes the new state before it sends anything, so a restart continues where it stopped.
import { createChartAttacher } from '../charts/attach-chart.js';
import { reportMessages } from './report-messages.js';
import type { BehaviouralQuestion, TechnicalQuestion } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { OutboundMessage } from '../platform/types.js';
import type { SessionRecord, TurnRecord } from '../stores/sessions-store.js';
import type { EngineDeps } from './engine-deps.js';
import {
  adaptDifficulty,
  type Candidate,
  chooseBehaviouralQuestion,
  chooseTechnicalQuestion,
} from './question-selection.js';
import { questionMessage } from './render.js';
import { displayNumber, mainCounts, openTurnOf } from './turns.js';
import { buildReport, type ReportData } from './report.js';
import { seededRandom } from '../math/seeded-random.js';
import { baselineOf, modelReplacements } from './report-update.js';
import { plural } from '../i18n/plural.js';
import { ANSWERING_STATES, nextPhase } from '../domain/session-states.js';

export interface SessionFlow {
  /**
   * Ask the next question (or move to evaluation). `lastScore` is the instant score of the last answer;
   * `turns`, when the caller holds the session's turns already, saves reading them again.
   */
  advance(session: SessionRecord, lastScore?: number, turns?: TurnRecord[]): Promise<void>;
  /** The user is done answering (last question, or `end`): evaluate what was answered. */
  enterEvaluating(session: SessionRecord): Promise<void>;
  /**
   * If every answer is evaluated, build, store and send the report; otherwise update the progress.
   * `known` is the session as just read under the session's lock, which saves reading it again.
   */
  tryFinalize(sessionId: number, known?: SessionRecord): Promise<void>;
  /** Rebuild a finished session's report after a better evaluation arrived late. */
  refreshReport(sessionId: number, options?: { announce?: boolean }): Promise<void>;
  /** Ask one follow-up to the answered main question `parent`, before moving on. */
  askFollowUp(
    session: SessionRecord,
    turns: TurnRecord[],
    parent: TurnRecord,
    followUp: { point: string; question: string },
  ): Promise<void>;
  /** Send `message` into the session's conversation. */
  say(session: SessionRecord, message: OutboundMessage): Promise<void>;
}

/** Create the flow over the engine's dependencies. */
export function createSessionFlow(deps: EngineDeps): SessionFlow {
  const { sessions, messenger } = deps;
  const charts = createChartAttacher(deps.charts, deps.logger);
  const workspaceKey = (s: SessionRecord) => `${s.platform}:${s.workspaceId}`;

  const say = async (session: SessionRecord, message: OutboundMessage) => {
    await messenger.send(session.conversationRef, message);
  };

  /** The "evaluating your answers" message at `done` of `total`, or its final "all evaluated" form. */
  const evaluationProgress = (
    session: SessionRecord,
    done: number,
    total: number,
    finished: boolean,
  ): OutboundMessage => {
    const lang = session.language;
    const waiting = session.plan.endedEarly ? 'engine.ended_evaluating' : 'engine.last_question_evaluating';
    return {
      tone: finished ? 'success' : 'info',
      text: t(lang, finished ? 'engine.evaluation_done' : waiting),
      progress: { done, total, label: t(lang, 'engine.progress_evaluating') },
      // The report is on its way: a scripted next line (say `/interview report 1 full`) waits for it.
      ...(finished ? {} : { awaiting: 'wait' as const }),
    };
  };

  /** Edit the progress message in place; a failed edit is not worth failing the report for. */
  const updateProgress = async (session: SessionRecord, done: number, total: number, finished: boolean) => {
    if (!session.progressRef) return;
    await messenger
      .update(session.progressRef, evaluationProgress(session, done, total, finished))
      .catch((error) => deps.logger.warn({ err: error, sessionId: session.id }, 'could not update progress'));
  };

  /** The seq of a turn added after `turns` (saves the store reading it). */
  const nextSeq = (turns: TurnRecord[]) => turns.reduce((max, turn) => Math.max(max, turn.seq), 0) + 1;

  const history = async (session: SessionRecord) => {
    const past = (await sessions.pastQuestions(session.userId)).filter((p) => p.sessionId !== session.id);
    const askedBefore = new Set(past.map((p) => p.questionId));
    const sums = new Map<string, { sum: number; n: number }>();
    for (const p of past) {
      if (!p.topic || p.score === null) continue;
      const entry = sums.get(p.topic) ?? { sum: 0, n: 0 };
      entry.sum += p.score;
      entry.n += 1;
      sums.set(p.topic, entry);
    }
    const topicScores = new Map([...sums].map(([topic, { sum, n }]) => [topic, sum / n]));
    const recentCompetencies = new Set(
      past
        .filter((p) => p.kind === 'behavioural' && p.topic)
        .slice(-3)
        .map((p) => p.topic as string),
    );
    return { askedBefore, topicScores, recentCompetencies };
  };

  /** A seeded session draws each question from its own stream (its turn number); others from deps. */
  const randomFor = (session: SessionRecord, turns: TurnRecord[]) =>
    session.plan.seed === undefined ? deps.random : seededRandom(session.plan.seed, nextSeq(turns));

  const pickTechnical = async (session: SessionRecord, turns: TurnRecord[], lastScore?: number) => {
    const { askedBefore, topicScores } = await history(session);
    const askedInSession = new Set(
      turns.map((turn) => turn.questionId).filter((id): id is number => id !== null),
    );
    const sessionTopics = new Set(turns.map((turn) => turn.topic).filter((x): x is string => Boolean(x)));
    const lastDifficulty = [...turns].reverse().find((turn) => turn.kind === 'technical')?.meta.difficulty;
    const targetDifficulty = adaptDifficulty((lastDifficulty ?? 2) as 1 | 2 | 3, lastScore);
    for (const language of [session.language, 'en'] as const) {
      const candidates = (await deps.bank.listTechnical({
        position: session.position,
        language,
        workspaceKey: workspaceKey(session),
      })) as Candidate<TechnicalQuestion>[];
      const chosen = chooseTechnicalQuestion({
        candidates,
        askedBefore,
        askedInSession,
        sessionTopics,
        topicScores,
        targetDifficulty,
        random: randomFor(session, turns),
      });
      if (chosen) return chosen;
    }
    return undefined;
  };

  const pickBehavioural = async (session: SessionRecord, turns: TurnRecord[]) => {
    const { askedBefore, recentCompetencies } = await history(session);
    const askedInSession = new Set(
      turns.map((turn) => turn.questionId).filter((id): id is number => id !== null),
    );
    for (const language of [session.language, 'en'] as const) {
      const candidates = (await deps.bank.listBehavioural({
        language,
        workspaceKey: workspaceKey(session),
      })) as Candidate<BehaviouralQuestion>[];
      const chosen = chooseBehaviouralQuestion({
        candidates,
        askedBefore,
        askedInSession,
        recentCompetencies,
        random: randomFor(session, turns),
      });
      if (chosen) return chosen;
    }
    return undefined;
  };

  /** Point the session at `turn` (entering `session.state` in the same write) and send the question. */
  const ask = async (session: SessionRecord, turns: TurnRecord[], turn: TurnRecord) => {
    await sessions.transition(
      session.id,
      ANSWERING_STATES,
      { state: session.state, currentTurnId: turn.id },
      deps.now(),
    );
    await say(session, questionMessage(session, turn, displayNumber([...turns, turn], turn)));
  };

  const flow: SessionFlow = {
    say,

    async askFollowUp(session, turns, parent, followUp) {
      const turn = await sessions.addTurn(
        {
          sessionId: session.id,
          kind: parent.kind,
          parentTurnId: parent.id,
          topic: parent.topic,
          question: followUp.question,
          meta: { followUpPoint: followUp.point },
          seq: nextSeq(turns),
        },
        deps.now(),
      );
      await ask(session, turns, turn);
    },

    async advance(start, lastScore, known) {
      const turns = known ?? (await sessions.listTurns(start.id));
      if (openTurnOf(turns)) return; // already waiting for an answer (e.g. a duplicate call)
      const counts = mainCounts(turns);
      const now = deps.now();
      // A phase with nothing (left) to ask shortens the plan and the loop looks at the next phase;
      // each pass either returns or lowers a planned count, so it ends.
      let session = start;
      for (;;) {
        const phase = nextPhase(session.plan, counts);
        if (phase === 'done') return flow.enterEvaluating(session);

        if (phase === 'technical' || phase === 'behavioural') {
          const question =
            phase === 'technical'
              ? await pickTechnical(session, turns, lastScore)
              : await pickBehavioural(session, turns);
          if (!question) {
            // The bank has nothing (left) for this phase: shorten the plan rather than stall.
            const plan = { ...session.plan, [phase]: counts[phase] };
            await sessions.transition(session.id, ANSWERING_STATES, { plan }, now);
            session = { ...session, plan };
            continue;
          }
          const turn = await sessions.addTurn(
            {
              sessionId: session.id,
              kind: phase,
              questionId: question.dbId,
              topic: question.kind === 'technical' ? question.topic : question.competency,
              question: question.question,
              meta: {
                exampleAnswer: question.exampleAnswer,
                keyPoints: question.keyPoints,
                followUps: question.followUps,
                difficulty: question.kind === 'technical' ? question.difficulty : undefined,
                competency: question.kind === 'behavioural' ? question.competency : undefined,
              },
              seq: nextSeq(turns),
            },
            now,
          );
          return ask({ ...session, state: phase }, turns, turn);
        }

        // Personal questions come from the CV, generated in the background since the CV arrived.
        const generated = await sessions.listGeneratedQuestions(session.id);
        const personal = { ...session, state: 'personal' as const };
        if (generated.length === 0) {
          await sessions.transition(session.id, ANSWERING_STATES, { state: 'personal' }, now);
          // Said once, when the phase begins; the generation job asks the first question when it lands.
          if (session.state !== 'personal') {
            await say(personal, {
              tone: 'info',
              text: t(session.language, 'engine.preparing_personal'),
              awaiting: 'wait',
            });
          }
          return;
        }
        const next = generated[counts.personal];
        if (!next) {
          const plan = { ...session.plan, personal: counts.personal };
          await sessions.transition(session.id, ANSWERING_STATES, { state: 'personal', plan }, now);
          session = { ...personal, plan };
          continue;
        }
        const turn = await sessions.addTurn(
          {
            sessionId: session.id,
            kind: 'personal',
            question: next.question,
            meta: { cvQuote: next.quote, keyPoints: next.criteria },
            seq: nextSeq(turns),
          },
          now,
        );
        return ask(personal, turns, turn);
      }
    },

    async enterEvaluating(session) {
      const now = deps.now();
      const turns = await sessions.listTurns(session.id);
      const answered = turns.filter((turn) => turn.parentTurnId === null && turn.status === 'answered');
      if (answered.length === 0 && turns.every((turn) => turn.status !== 'skipped')) {
        if (
          await sessions.transition(session.id, ANSWERING_STATES, { state: 'aborted', finishedAt: now }, now)
        ) {
          await say(session, { tone: 'info', text: t(session.language, 'engine.ended_no_answers') });
        }
        return;
      }
      const moved = await sessions.transition(
        session.id,
        ANSWERING_STATES,
        { state: 'evaluating', finishedAt: now, currentTurnId: null },
        now,
      );
      if (!moved) return;
      await deps.enqueue({
        type: 'report-deadline',
        payload: { sessionId: session.id },
        runAt: now + deps.defaults.reportDeadlineMs,
        dedupeKey: `report-deadline:${session.id}`,
      });
      const handle = await messenger.send(
        session.conversationRef,
        evaluationProgress(session, 0, answered.length, false),
      );
      await sessions.setProgressRef(session.id, handle, deps.now());
      await flow.tryFinalize(session.id);
    },

    async tryFinalize(sessionId, known) {
      const session = known ?? (await sessions.get(sessionId));
      if (session?.state !== 'evaluating') return;
      const turns = await sessions.listTurns(sessionId);
      const toScore = turns.filter((turn) => turn.parentTurnId === null && turn.status === 'answered');
      const done = toScore.filter((turn) => turn.evaluatedAt !== null).length;
      if (done < toScore.length) {
        await updateProgress(session, done, toScore.length, false);
        return;
      }
      const report = await composeReport(session, turns);
      const now = deps.now();
      const finalState = session.plan.endedEarly ? 'ended' : 'completed';
      const moved = await sessions.transition(
        sessionId,
        'evaluating',
        { state: finalState, report, overallScore: report.overallScore, reportSentAt: now },
        now,
      );
      if (!moved) return;
      await updateProgress(session, toScore.length, toScore.length, true);
      // The member's newest interview is number 1 in `/interview history`.
      const messages = await reportMessages(report, { sessionId, number: 1 }, charts);
      for (const message of messages) await say(session, message);
    },

    async refreshReport(sessionId, options = {}) {
      const session = await sessions.get(sessionId);
      if (!session || (session.state !== 'completed' && session.state !== 'ended')) return;
      const turns = await sessions.listTurns(sessionId);
      const before = session.report as ReportData | null;
      const fresh = await composeReport(session, turns);
      const baseline = before ? (before.baseline ?? baselineOf(before)) : undefined;
      // A quiet rebuild keeps what the member was last told, so the one announcement covers them all.
      const report = options.announce === false ? { ...fresh, baseline } : fresh;
      const now = deps.now();
      await sessions.transition(sessionId, session.state, { report, overallScore: report.overallScore }, now);
      if (options.announce === false || !baseline) return;
      const replaced = modelReplacements(baseline, report);
      if (replaced === 0) return;
      await say(session, {
        tone: 'info',
        text: plural(session.language, 'report.updated', replaced, {
          old: baseline.overallScore.toFixed(1),
          new: report.overallScore.toFixed(1),
        }),
      });
    },
  };

  // The report is built from the evaluations alone; its short and full views say each thing once.
  const composeReport = async (session: SessionRecord, turns: TurnRecord[]): Promise<ReportData> =>
    buildReport(session, turns);

  return flow;
}
