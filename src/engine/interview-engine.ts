// The interview engine: starts sessions, takes answers and CVs, skips and ends, and resumes after a restart.
// Platform-neutral: it hears InboundEvents and asks the Messenger what a platform can do.
// Where replies go: everything said in the session's conversation (questions, notices, the report)
// goes through the flow's `say` (SessionFlow, Messenger.send), after the state it follows is written.
// What a method returns is only the immediate answer where the user acted (ephemeral pointers,
// status, "no session"), which the adapter shows there; so `answer` rightly returns nothing.
import { hasWords } from '../domain/answer-text.js';
import type { Language, Position } from '../domain/types.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type {
  ActionEvent,
  Attachment,
  ConversationRef,
  MessageEvent,
  OutboundMessage,
  UserRef,
} from '../platform/types.js';
import type { SessionRecord } from '../stores/sessions-store.js';
import type { UserRecord } from '../stores/users-store.js';
import { acceptCv } from './cv-step.js';
import type { EngineDeps } from './engine-deps.js';
import { evaluationInputFor } from './evaluation-input.js';
import { type KeyedLock, sessionKey } from './keyed-lock.js';
import { resolveLanguage } from './language.js';
import { positionName } from '../i18n/names.js';
import { askCvMessage, introMessage, statusMessage } from './render.js';
import type { ReportData } from './report.js';
import { renderFullReport } from './report-full.js';
import { openTurnOf } from './turns.js';
import { judgeQuota, quotaPolicy, quotaWindowStart, sessionPlan } from './start-policy.js';
import type { SessionFlow } from './session-flow.js';
import { ANSWERING_STATES, isAnswering } from '../domain/session-states.js';

/** Words typed in the conversation that act as commands (English and Korean). */
const KEYWORDS: Record<string, 'skip' | 'end' | 'status'> = {
  skip: 'skip',
  pass: 'skip',
  건너뛰기: 'skip',
  패스: 'skip',
  end: 'end',
  quit: 'end',
  종료: 'end',
  그만: 'end',
  status: 'status',
  상태: 'status',
};

export interface StartRequest {
  position: Position;
  language?: Language | undefined;
  cv?: Attachment | undefined;
  where: ConversationRef;
  /** Fixes the question choice of this interview (`--seed`); default INTERVIEW_SEED, else random. */
  seed?: number | undefined;
}

export interface InterviewEngine {
  start(user: UserRef, request: StartRequest): Promise<OutboundMessage[]>;
  handleMessage(event: MessageEvent): Promise<OutboundMessage[]>;
  handleAction(event: ActionEvent): Promise<OutboundMessage[]>;
  /** Skip the open question; with `turnId` (a button), only if that question is still the open one. */
  skip(user: UserRef, turnId?: number): Promise<OutboundMessage[]>;
  end(user: UserRef): Promise<OutboundMessage[]>;
  status(user: UserRef): Promise<OutboundMessage[]>;
  /** The language to use for `user` outside a session. */
  languageFor(user: UserRef): Promise<Language>;
  /** After a restart: finish reports that were waiting, and ask questions that were never asked. */
  resume(): Promise<void>;
}

/** What the engine shares with the job handlers; both are handed the same ones by create-core.ts. */
export interface EngineParts {
  flow: SessionFlow;
  lock: KeyedLock;
}

/** Create the engine over its dependencies, moving sessions with `flow` under `lock`. */
export function createInterviewEngine(deps: EngineDeps, { flow, lock: keyed }: EngineParts): InterviewEngine {
  const lock = <T>(sessionId: number, fn: () => Promise<T>) => keyed.withLock(sessionKey(sessionId), fn);
  const { users, sessions } = deps;

  const capabilitiesOf = (session: SessionRecord) => deps.messenger.capabilities(session.platform);

  const sameConversation = (a: ConversationRef, b: ConversationRef) =>
    a.platform === b.platform && a.channelId === b.channelId && (a.threadId ?? '') === (b.threadId ?? '');

  const languageOf = async (user: UserRef, record?: UserRecord) => {
    const settings = await deps.settings.get(user.platform, user.workspaceId);
    return resolveLanguage({
      userChoice: (record ?? (await users.upsert(user, deps.now()))).locale,
      platformLocale: user.platformLocale,
      workspaceLanguage: settings.language,
      fallback: deps.defaults.language,
    });
  };

  const activeSession = async (user: UserRef) => {
    const record = await users.upsert(user, deps.now());
    return { record, session: await sessions.findActive(record.id) };
  };

  const requireActive = async (user: UserRef) => {
    const { record, session } = await activeSession(user);
    if (!session) throw new UserError('engine.no_session');
    return { record, session };
  };

  const enqueueEvaluation = (session: SessionRecord, turnId: number) =>
    deps.enqueue({
      type: 'evaluate-turn',
      payload: { sessionId: session.id, turnId },
      dedupeKey: `evaluate:${turnId}`,
    });

  const answer = async (session: SessionRecord, text: string): Promise<OutboundMessage[]> => {
    const turns = await sessions.listTurns(session.id);
    const open = openTurnOf(turns);
    if (!open) {
      if (session.state === 'personal')
        return [{ tone: 'info', text: t(session.language, 'engine.preparing_personal'), awaiting: 'wait' }];
      return [];
    }
    // An answer with no letter or digit (👍, "...") says nothing to evaluate: it is not taken as the
    // answer, the question stays open, and the user is told so at once rather than in the report.
    if (!hasWords(text)) return [{ tone: 'info', text: t(session.language, 'inputs.answer_no_words') }];
    // The answer is stored before anything else happens.
    const stored = await sessions.recordAnswer(open.id, text, deps.now());
    if (!stored) return [];
    const withAnswer = { ...open, answer: text, status: 'answered' as const };
    const turnsNow = turns.map((turn) => (turn.id === open.id ? withAnswer : turn));
    if (open.parentTurnId !== null) {
      await enqueueEvaluation(session, open.parentTurnId);
      await flow.advance(session, undefined, turnsNow);
      return [];
    }
    const input = await evaluationInputFor(session, withAnswer, undefined, deps.bank);
    // Every kind may earn one follow-up: a behavioural story without a result or an action is asked
    // for it (see chooseFollowUp), as an interviewer would. Score and follow-up come from one analysis,
    // made on the offline worker pool, off the event loop.
    const { evaluation: quick, followUp } = await deps.judgeAnswer(input, {
      followUp: session.plan.followUps,
    });
    if (followUp) {
      await flow.askFollowUp(session, turns, open, followUp);
      return [];
    }
    await enqueueEvaluation(session, open.id);
    // The instant score steers the next technical question's difficulty; a story's says nothing of it.
    await flow.advance(session, open.kind === 'behavioural' ? undefined : quick.score, turnsNow);
    return [];
  };

  /** The full report of the member's own session `sessionId` (the short report's button). */
  const fullReport = async (user: UserRef, sessionId: number): Promise<OutboundMessage[]> => {
    const session = Number.isInteger(sessionId) ? await sessions.get(sessionId) : undefined;
    // The member is matched by platform and platform id: a click in a DM may carry another workspace
    // (Discord DMs belong to none) than the one the interview was started in.
    const owner = session ? await users.get(session.userId) : undefined;
    if (!session?.report || owner?.platform !== user.platform || owner.platformUserId !== user.userId) {
      return [{ tone: 'info', ephemeral: true, text: t(await languageOf(user), 'report.not_yours') }];
    }
    return renderFullReport(session.report as ReportData).map((message) => ({ ...message, ephemeral: true }));
  };

  const startLocked = async (
    user: UserRef,
    record: UserRecord,
    request: StartRequest,
  ): Promise<OutboundMessage[]> => {
    const now = deps.now();
    const settings = await deps.settings.get(user.platform, user.workspaceId);
    const language = request.language ?? (await languageOf(user, record));
    const active = await sessions.findActive(record.id);
    if (active) {
      // "Continue in our private conversation" only where the interview runs in one (not a terminal).
      const here = deps.messenger.capabilities(user.platform).conversation === 'same-place';
      throw new UserError(here ? 'engine.already_active_here' : 'engine.already_active', {
        position: positionName(language, active.position),
      });
    }
    const policy = quotaPolicy(settings, deps.defaults);
    const counted = await sessions.startedSince(record.id, quotaWindowStart(policy, now));
    const verdict = judgeQuota(counted, policy, now);
    if (!verdict.allowed) {
      await deps.stats.recordQuotaRefusal(record.id, user.platform, user.workspaceId, now);
      throw new UserError('engine.quota_reached', verdict.params);
    }
    const plan = sessionPlan(settings, deps.defaults, request.seed ?? deps.defaults.seed);
    const conversationRef = await deps.messenger.openConversation(user, {
      title: t(language, 'engine.intro_title', { position: positionName(language, request.position) }),
      locale: language,
      where: request.where,
    });
    const session = await sessions.create({
      userId: record.id,
      platform: user.platform,
      workspaceId: user.workspaceId,
      position: request.position,
      language,
      conversationRef,
      plan,
      now,
    });
    return lock(session.id, async () => {
      await flow.say(session, introMessage(session));
      if (await deps.budgetExhausted?.(`${user.platform}:${user.workspaceId}`)) {
        await flow.say(session, { tone: 'warning', text: t(language, 'llm.budget_exhausted') });
      }
      const replies: OutboundMessage[] = [];
      if (request.cv) {
        try {
          await acceptCv(deps, flow, session, request.cv);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          await flow.say(session, { tone: 'error', text: t(language, error.key, error.params) });
          await flow.say(session, askCvMessage(session, deps.defaults.cvLimits, capabilitiesOf(session)));
        }
      } else {
        await flow.say(session, askCvMessage(session, deps.defaults.cvLimits, capabilitiesOf(session)));
      }
      // A fallback place (a channel thread when DMs are closed) is announced by the adapter itself.
      if (!sameConversation(conversationRef, request.where) && !conversationRef.fallback) {
        replies.push({
          tone: 'success',
          ephemeral: true,
          text: t(language, 'engine.started_elsewhere', {
            position: positionName(language, request.position),
          }),
        });
      }
      return replies;
    });
  };

  const engine: InterviewEngine = {
    languageFor: (user) => languageOf(user),

    async start(user, request) {
      const record = await users.upsert(user, deps.now());
      // Two starts from one user (a double click) run one after the other, so the second sees the first.
      return keyed.withLock(`start:${record.id}`, () => startLocked(user, record, request));
    },

    async handleMessage(event) {
      const { session } = await activeSession(event.user);
      if (!session) {
        // Chatter with no interview running is answered only in private conversations.
        return [{ tone: 'info', text: t(await languageOf(event.user), 'engine.no_session') }];
      }
      const lang = session.language;
      if (!sameConversation(session.conversationRef, event.where)) {
        return [{ tone: 'info', ephemeral: true, text: t(lang, 'engine.wrong_place') }];
      }
      const keyword = KEYWORDS[event.text.trim().toLowerCase()];
      if (keyword === 'skip') return engine.skip(event.user);
      if (keyword === 'end') return engine.end(event.user);
      if (keyword === 'status') return engine.status(event.user);
      return lock(session.id, async () => {
        const current = await sessions.get(session.id);
        if (!current || !isAnswering(current.state)) return [];
        const pdf = event.attachments[0];
        if (current.state === 'awaiting_cv') {
          if (!pdf)
            return [
              { tone: 'info', ...askCvMessage(current, deps.defaults.cvLimits, capabilitiesOf(current)) },
            ];
          await acceptCv(deps, flow, current, pdf);
          return [];
        }
        if (pdf && !event.text.trim()) return [{ tone: 'info', text: t(lang, 'engine.cv_already') }];
        if (!event.text.trim()) return [];
        return answer(current, event.text);
      });
    },

    async handleAction(event) {
      if (event.action === 'skip')
        return engine.skip(event.user, event.value ? Number(event.value) : undefined);
      if (event.action === 'end') return engine.end(event.user);
      if (event.action === 'full-report') return fullReport(event.user, Number(event.value));
      const lang = await languageOf(event.user);
      const turn = event.value ? await sessions.getTurn(Number(event.value)) : undefined;
      const record = await users.upsert(event.user, deps.now());
      const owner = turn ? await sessions.get(turn.sessionId) : undefined;
      if (
        !turn ||
        !owner ||
        owner.userId !== record.id ||
        turn.status === 'asked' ||
        !turn.meta.exampleAnswer
      ) {
        return [{ tone: 'info', ephemeral: true, text: t(lang, 'engine.no_model_answer') }];
      }
      return [
        {
          tone: 'info',
          ephemeral: true,
          title: t(lang, 'common.button.model_answer'),
          text: turn.meta.exampleAnswer,
          fields: turn.meta.keyPoints?.length
            ? [
                {
                  name: t(lang, 'engine.key_points'),
                  value: turn.meta.keyPoints.map((p) => `- ${p}`).join('\n'),
                },
              ]
            : undefined,
        },
      ];
    },

    async skip(user, turnId) {
      const { session } = await requireActive(user);
      return lock(session.id, async () => {
        const turns = await sessions.listTurns(session.id);
        const open = openTurnOf(turns);
        if (!open) return [{ tone: 'info', text: t(session.language, 'engine.nothing_to_skip') }];
        if (turnId !== undefined && turnId !== open.id) {
          return [
            { tone: 'info', ephemeral: true, text: t(session.language, 'engine.not_current_question') },
          ];
        }
        if (!(await sessions.skipTurn(open.id, deps.now()))) return [];
        await flow.say(session, { tone: 'info', text: t(session.language, 'engine.skipped') });
        if (open.parentTurnId !== null) await enqueueEvaluation(session, open.parentTurnId);
        await flow.advance(session);
        return [];
      });
    },

    async end(user) {
      const { session } = await requireActive(user);
      return lock(session.id, async () => {
        const current = await sessions.get(session.id);
        if (!current || !isAnswering(current.state)) return [];
        const turns = await sessions.listTurns(session.id);
        // An answered main question whose follow-up was never answered is evaluated on its own.
        const open = openTurnOf(turns);
        if (open?.parentTurnId) await enqueueEvaluation(current, open.parentTurnId);
        const plan = { ...current.plan, endedEarly: true };
        await sessions.transition(current.id, ANSWERING_STATES, { plan }, deps.now());
        await flow.enterEvaluating({ ...current, plan });
        return [];
      });
    },

    async status(user) {
      const { session } = await requireActive(user);
      const turns = await sessions.listTurns(session.id);
      const message = statusMessage(session, turns, openTurnOf(turns));
      return [{ ...message, ephemeral: true }];
    },

    async resume() {
      for (const session of await sessions.listEvaluating()) {
        await lock(session.id, () => flow.tryFinalize(session.id)).catch((error) =>
          deps.logger.error({ err: error, sessionId: session.id }, 'could not finish report after restart'),
        );
      }
      for (const session of await sessions.listActive()) {
        if (session.state === 'awaiting_cv') continue;
        await lock(session.id, () => flow.advance(session)).catch((error) =>
          deps.logger.error({ err: error, sessionId: session.id }, 'could not resume session'),
        );
      }
    },
  };
  return engine;
}
