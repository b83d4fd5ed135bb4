// Everything the interview engine is given: stores, the job queue, the messenger, evaluators, settings.
import type { ChartRenderer } from '../charts/chart-renderer.js';
import type { CvLimits, ProcessedCv } from '../cv/intake.js';
import type { Language } from '../domain/types.js';
import type { QuickJudgement } from '../llm/offline/pool/quick-judgement.js';
import type { EvaluationInput, LlmProvider } from '../llm/types.js';
import type { Logger } from '../logger.js';
import type { Messenger } from '../platform/messenger.js';
import type { CvsStore } from '../stores/cvs-store.js';
import type { NewJob } from '../stores/jobs-store.js';
import type { QuestionBankStore } from '../stores/question-bank-store.js';
import type { SessionsStore } from '../stores/sessions-store.js';
import type { StatsStore } from '../stores/stats-store.js';
import type { UsersStore } from '../stores/users-store.js';
import type { WorkspaceSettingsStore } from '../stores/workspace-settings-store.js';

export type { CvLimits };

/** The CV as the intake returns it (its sections keyed by name). */
export type ProcessedCvInfo = Omit<ProcessedCv, 'sections' | 'redactedSections'> & {
  sections: Record<string, string>;
  redactedSections: Record<string, string>;
};

/** The CV intake as the engine uses it (src/cv/intake.ts in production, a fake in some tests). */
export interface CvIntake {
  /** Throws a UserError when metadata alone shows the file cannot be a usable CV. */
  checkMetadata(
    meta: { fileName: string; contentType?: string | undefined; sizeBytes?: number | undefined },
    limits: CvLimits,
  ): void;
  /** Extract, check and normalise; throws a UserError with the reason. */
  process(bytes: Uint8Array, fileName: string, limits: CvLimits): Promise<ProcessedCvInfo>;
}

/** Interview defaults from the environment; a workspace's settings override them. */
export interface EngineDefaults {
  technical: number;
  behavioural: number;
  personal: number;
  quota: number;
  quotaPeriodDays: number;
  followUps: boolean;
  language: Language;
  reportDeadlineMs: number;
  personalWaitMs: number;
  cvLimits: CvLimits;
  downloadTimeoutMs: number;
  /** INTERVIEW_SEED: the seed of every session that names none; undefined → random choice. */
  seed?: number | undefined;
}

export interface EngineDeps {
  users: UsersStore;
  cvs: CvsStore;
  sessions: SessionsStore;
  bank: QuestionBankStore;
  settings: WorkspaceSettingsStore;
  stats: StatsStore;
  enqueue(job: NewJob): Promise<boolean>;
  /** Jobs with these dedupe keys still queued or running. */
  countPendingJobs(dedupeKeys: string[]): Promise<number>;
  messenger: Messenger;
  /** The preferred evaluator and generator (a provider chain ending with the offline provider). */
  llm: LlmProvider;
  /** The instant offline provider: quick analysis at answer time and the fallback past deadlines. */
  offline: LlmProvider;
  /** True when the workspace ("<platform>:<id>") spent today's model budget (absent: offline only). */
  budgetExhausted?: ((workspaceKey: string) => Promise<boolean>) | undefined;
  /**
   * The instant offline judgement of an answer: its score and, when `followUp`, whether to ask one
   * follow-up question (from the same analysis, made off the event loop by the offline worker pool).
   */
  judgeAnswer(input: EvaluationInput, options: { followUp: boolean }): Promise<QuickJudgement>;
  cvIntake: CvIntake;
  /** Draws the report card and other charts (absent when CHARTS=off: text only). */
  charts?: ChartRenderer | undefined;
  defaults: EngineDefaults;
  logger: Logger;
  now(): number;
  random(): number;
}
