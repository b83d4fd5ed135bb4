// Answers in a daily thread: stored at once, scored in a job (model within budget, or the labelled offline
// evaluator), fed back privately with the member's streak, counted in the thread's one tally message.
import { hasWords } from '../domain/answer-text.js';
import type { Evaluation, Platform, Position } from '../domain/types.js';
import { t } from '../i18n/index.js';
import type { EvaluationInput } from '../llm/types.js';
import type { MessageEvent, OutboundMessage, UserRef } from '../platform/types.js';
import type { DailyPost } from '../stores/daily-store.js';
import { type DailyDeps, threadRef, workspaceKeyOf } from './daily-deps.js';
import { boardMessage, feedbackMessage, tallyMessage } from './daily-messages.js';
import { mostMissedPoint, streakOf, weeklyBoard } from './group-figures.js';
import { addDays } from './local-time.js';

/** The answering half of the question of the day. */
export function createDailyAnswers(deps: DailyDeps) {
  const { store } = deps;

  /**
   * A message that may answer a daily question. Undefined when it is not in a daily thread (the
   * caller routes it on); otherwise it is stored, its scoring is queued, and nothing is said in the
   * thread: the member's reply stays there for others to read and their score comes privately.
   */
  async function handleReply(event: MessageEvent): Promise<OutboundMessage[] | undefined> {
    const threadId = event.where.threadId;
    if (!threadId) return undefined;
    const post = await store.findPostByThread(event.user.platform, event.user.workspaceId, threadId);
    if (!post || post.channelId !== event.where.channelId) return undefined;
    const text = event.text.trim();
    if (!text) return [];
    // A 👍 under the post is chatter, not an answer: it must not replace the member's real one.
    if (!hasWords(text)) {
      const language = await deps.languageFor(event.user);
      const notice: OutboundMessage = { tone: 'info', text: t(language, 'inputs.daily_no_words') };
      await deps.messenger.channels?.(event.user.platform)?.sendPrivately(event.user, event.where, notice);
      return [];
    }
    const answer = await store.saveAnswer(
      {
        postId: post.id,
        userId: event.user.userId,
        displayName: event.user.displayName ?? event.user.userId,
        language: await deps.languageFor(event.user),
        answer: text.slice(0, 8000),
      },
      deps.now(),
    );
    await deps.enqueue({
      type: 'daily-evaluate',
      payload: { answerId: answer.id, revision: answer.revision },
      dedupeKey: `daily-evaluate:${answer.id}:${answer.revision}`,
    });
    return [];
  }

  async function evaluate(input: EvaluationInput, post: DailyPost, signal: AbortSignal) {
    const workspaceKey = workspaceKeyOf(post);
    const budgetSpent = deps.llm !== deps.offline && Boolean(await deps.budgetExhausted?.(workspaceKey));
    if (budgetSpent) {
      const evaluation: Evaluation = { ...(await deps.offline.evaluateAnswer(input)), degraded: true };
      return { evaluation, budgetSpent };
    }
    return {
      evaluation: await deps.llm.evaluateAnswer(input, { workspaceId: workspaceKey, signal }),
      budgetSpent,
    };
  }

  /** The evaluation job: score the latest revision, tell the member privately, update the tally. */
  async function scoreAnswer(answerId: number, revision: number, signal: AbortSignal): Promise<void> {
    const answer = await store.getAnswer(answerId);
    if (answer?.revision !== revision) return; // a newer reply replaced it and has its own job
    const post = await store.getPost(answer.postId);
    const question = post ? await deps.bank.get(post.questionId) : undefined;
    if (!post || !question) return;
    const input: EvaluationInput = {
      kind: 'technical',
      language: post.language,
      position: post.position as Position,
      question: question.question,
      answer: answer.answer,
      exampleAnswer: question.exampleAnswer,
      keyPoints: question.keyPoints,
      topic: post.topic,
    };
    const { evaluation, budgetSpent } = await evaluate(input, post, signal);
    if (!(await store.saveEvaluation(answer.id, revision, evaluation, deps.now()))) return;
    const posted = (await store.listPosts(post.platform, post.workspaceId, post.channelId))
      .map((p) => p.localDay)
      .reverse();
    const answered = await store.answeredDays(post.platform, post.workspaceId, post.channelId, answer.userId);
    const user: UserRef = {
      platform: post.platform as Platform,
      workspaceId: post.workspaceId,
      userId: answer.userId,
      displayName: answer.displayName,
    };
    const feedback = feedbackMessage({
      lang: answer.language,
      question: question.question,
      evaluation,
      modelAnswer: question.exampleAnswer,
      streak: streakOf(posted, answered),
      replaced: revision > 1,
      budgetSpent,
    });
    const channels = deps.messenger.channels?.(user.platform);
    if (channels) await channels.sendPrivately(user, threadRef(post), feedback);
    await refreshTally(post.id);
  }

  /** Edit the thread's tally in place (or post it, when posting it earlier failed). */
  async function refreshTally(postId: number): Promise<void> {
    const post = await store.getPost(postId);
    if (!post?.threadId) return;
    const answers = await store.listAnswers(post.id);
    let closed: Parameters<typeof tallyMessage>[2];
    if (post.closedAt !== null) {
      const question = await deps.bank.get(post.questionId);
      const evaluations = answers.flatMap((a) => (a.evaluation ? [a.evaluation] : []));
      closed = { modelAnswer: question?.exampleAnswer ?? '', missedPoint: mostMissedPoint(evaluations) };
    }
    const message = tallyMessage(post.language, answers.length, closed);
    const thread = threadRef(post);
    if (post.tallyMessageId) {
      await deps.messenger.update({ ref: thread, messageId: post.tallyMessageId }, message);
      return;
    }
    const sent = await deps.messenger.send(thread, message);
    await store.setTallyMessage(post.id, sent.messageId);
  }

  /** 24 hours after the post: the tally adds the model answer and the most commonly missed point. */
  async function closePost(postId: number): Promise<void> {
    const post = await store.getPost(postId);
    if (!post || post.closedAt !== null) return;
    await store.markClosed(post.id, deps.now());
    await refreshTally(post.id);
  }

  /** The weekly board for the week starting `weekStart`, posted in the channel when anyone answered. */
  async function postBoard(payload: Record<string, unknown>): Promise<void> {
    const channel = await store.getChannel(String(payload.platform), String(payload.workspaceId));
    if (!channel?.enabled || !channel.weeklyBoard || channel.channelId !== payload.channelId) return;
    const weekStart = String(payload.weekStart);
    const answers = await store.answersBetween(
      channel.platform,
      channel.workspaceId,
      channel.channelId,
      weekStart,
      addDays(weekStart, 7),
    );
    if (answers.length === 0) return;
    const board = weeklyBoard(
      answers.map((a) => ({
        userId: a.userId,
        displayName: a.displayName,
        day: a.localDay,
        topic: a.topic,
        score: a.evaluation?.score ?? null,
      })),
      await store.hiddenMembers(channel.platform, channel.workspaceId),
    );
    await deps.messenger.send(
      {
        platform: channel.platform as Platform,
        workspaceId: channel.workspaceId,
        channelId: channel.channelId,
      },
      boardMessage(channel.language, board),
    );
  }

  return { handleReply, scoreAnswer, refreshTally, closePost, postBoard };
}

export type DailyAnswers = ReturnType<typeof createDailyAnswers>;
