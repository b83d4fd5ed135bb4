// Background work of an interview: evaluate answers, generate CV questions, and the deadlines that
// fall back to the offline evaluator so no session ever hangs on a slow provider.
import type { Evaluation } from '../domain/types.js';
import type { JobHandler } from '../jobs/job-runner.js';
import type { SessionRecord } from '../stores/sessions-store.js';
import type { EngineDeps } from './engine-deps.js';
import { evaluationInputFor } from './evaluation-input.js';
import type { EngineParts } from './interview-engine.js';
import { sessionKey } from './keyed-lock.js';
import { openTurnOf } from './turns.js';

/** Job handlers keyed by job type; they move sessions with the engine's own flow, under its lock. */
export function createEngineJobHandlers(
  deps: EngineDeps,
  { flow, lock }: EngineParts,
): Record<string, JobHandler> {
  const { sessions } = deps;
  const withSession = (sessionId: number, fn: () => Promise<void>) =>
    lock.withLock(sessionKey(sessionId), fn);
  const workspaceKey = (s: SessionRecord) => `${s.platform}:${s.workspaceId}`;

  /** The session and its turns: from the job's payload when it names the session, else found from the turn. */
  const sessionOfTurn = async (turnId: number, sessionId: number | undefined) => {
    const id = sessionId ?? (await sessions.getTurn(turnId))?.sessionId;
    const session = id === undefined ? undefined : await sessions.get(id);
    return session ? { session, turns: await sessions.listTurns(session.id) } : undefined;
  };

  const evaluateTurn = async (
    turnId: number,
    fallback: boolean,
    signal?: AbortSignal,
    sessionId?: number,
  ): Promise<number | undefined> => {
    const found = await sessionOfTurn(turnId, sessionId);
    const turn = found?.turns.find((candidate) => candidate.id === turnId);
    if (!found || turn?.status !== 'answered' || turn.answer === null) return undefined;
    const { session, turns } = found;
    if (turn.evaluatedAt !== null && (fallback || !turn.degraded)) return turn.sessionId;
    const followUp = turns.find((other) => other.parentTurnId === turn.id);
    const input = await evaluationInputFor(session, turn, followUp, deps.bank);
    let evaluation: Evaluation;
    if (fallback) {
      evaluation = { ...(await deps.offline.evaluateAnswer(input)), degraded: deps.llm !== deps.offline };
    } else {
      evaluation = await deps.llm.evaluateAnswer(input, {
        workspaceId: workspaceKey(session),
        sessionId: session.id,
        signal,
      });
    }
    const saved = await sessions.saveEvaluation(turn.id, evaluation, deps.now());
    await withSession(session.id, async () => {
      const latest = await sessions.get(session.id);
      if (latest?.state === 'evaluating') await flow.tryFinalize(session.id, latest);
      // A sent report was built from an evaluation of every answer, and a model evaluation is only saved
      // over a fallback, so saving one now means the report changed. (`turn` was read before the model
      // call: the report deadline may have stored the fallback since, so it cannot tell.)
      else if (
        saved &&
        !evaluation.degraded &&
        (latest?.state === 'completed' || latest?.state === 'ended')
      ) {
        // One notice when the last pending evaluation of the session lands, not one per answer.
        const others = (await sessions.listTurns(session.id))
          .filter((t) => t.parentTurnId === null && t.status === 'answered' && t.id !== turn.id)
          .map((t) => `evaluate:${t.id}`);
        const pending = await deps.countPendingJobs(others);
        await flow.refreshReport(session.id, { announce: pending === 0 });
      }
    });
    return session.id;
  };

  const askPersonalIfWaiting = async (sessionId: number) => {
    await withSession(sessionId, async () => {
      const session = await sessions.get(sessionId);
      if (session?.state !== 'personal') return;
      const turns = await sessions.listTurns(sessionId);
      if (!openTurnOf(turns)) await flow.advance(session);
    });
  };

  const generateCvQuestions = async (sessionId: number, fallback: boolean, signal?: AbortSignal) => {
    const session = await sessions.get(sessionId);
    if (!session?.cvId) return;
    if ((await sessions.listGeneratedQuestions(sessionId)).length > 0) return;
    const cv = await deps.cvs.get(session.cvId);
    if (!cv?.redactedText) return;
    const provider = fallback ? deps.offline : deps.llm;
    const questions = await provider.generateQuestions(
      {
        language: session.language,
        position: session.position,
        cvText: cv.redactedText,
        sections: cv.redactedSections,
        count: Math.max(session.plan.personal, 1),
      },
      { workspaceId: workspaceKey(session), sessionId, signal },
    );
    const first = questions[0];
    const generator = first?.generatedBy ?? provider.name;
    const degraded = fallback ? deps.llm !== deps.offline : Boolean(first?.degraded);
    await sessions.saveGeneratedQuestions(sessionId, questions, generator, degraded, deps.now());
    await askPersonalIfWaiting(sessionId);
  };

  return {
    'evaluate-turn': async (job, signal) => {
      const sessionId = job.payload.sessionId === undefined ? undefined : Number(job.payload.sessionId);
      await evaluateTurn(Number(job.payload.turnId), false, signal, sessionId);
    },
    'generate-cv-questions': async (job, signal) => {
      await generateCvQuestions(Number(job.payload.sessionId), false, signal);
    },
    'cv-questions-deadline': async (job) => {
      await generateCvQuestions(Number(job.payload.sessionId), true);
    },
    'report-deadline': async (job) => {
      const sessionId = Number(job.payload.sessionId);
      const session = await sessions.get(sessionId);
      if (session?.state !== 'evaluating') return;
      const turns = await sessions.listTurns(sessionId);
      for (const turn of turns) {
        if (turn.parentTurnId === null && turn.status === 'answered' && turn.evaluatedAt === null) {
          await evaluateTurn(turn.id, true, undefined, sessionId);
        }
      }
      await withSession(sessionId, () => flow.tryFinalize(sessionId));
    },
  };
}
