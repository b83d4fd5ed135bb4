// What the question of the day needs from the core: its store, the bank, the messenger, jobs and evaluators.
import type { Language } from '../domain/types.js';
import type { LlmProvider } from '../llm/types.js';
import type { Logger } from '../logger.js';
import type { Messenger } from '../platform/messenger.js';
import type { ConversationRef, UserRef } from '../platform/types.js';
import type { DailyChannel, DailyPost, DailyStore } from '../stores/daily-store.js';
import type { NewJob } from '../stores/jobs-store.js';
import type { QuestionBankStore } from '../stores/question-bank-store.js';

export interface DailyDeps {
  store: DailyStore;
  bank: QuestionBankStore;
  messenger: Messenger;
  enqueue(job: NewJob): Promise<boolean>;
  /** The preferred evaluator (the provider chain when a model is configured). */
  llm: LlmProvider;
  offline: LlmProvider;
  /** True when the workspace has spent its daily token budget (absent: no budget). */
  budgetExhausted?: ((workspaceKey: string) => Promise<boolean>) | undefined;
  /** The member's language (their choice, platform locale, workspace, default). */
  languageFor(user: UserRef): Promise<Language>;
  logger: Logger;
  now(): number;
  random(): number;
}

/** "<platform>:<workspace>", the key of budgets and a workspace's own questions. */
export const workspaceKeyOf = (c: { platform: string; workspaceId: string }) =>
  `${c.platform}:${c.workspaceId}`;

/** The channel of a daily setup or post, as a place to send to. */
export function channelRef(c: DailyChannel | DailyPost): ConversationRef {
  return {
    platform: c.platform as ConversationRef['platform'],
    workspaceId: c.workspaceId,
    channelId: c.channelId,
  };
}

/** The thread of a post, where members answer and the tally lives. */
export function threadRef(post: DailyPost): ConversationRef {
  return { ...channelRef(post), threadId: post.threadId ?? undefined };
}
