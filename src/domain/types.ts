// Domain vocabulary shared by the engine, the stores, the commands and the LLM layer.

/** The positions a member can practise for. */
export const POSITIONS = ['ai', 'be', 'fe', 'mobile'] as const;
export type Position = (typeof POSITIONS)[number];

/** Languages with first-class support. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Platforms the bot runs on; part of every user key. */
export const PLATFORMS = ['console', 'discord', 'slack'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Kinds of interview question; `personal` ones are generated from the CV. */
export type QuestionKind = 'technical' | 'behavioural' | 'personal';

/** Interview states; see src/domain/session-states.ts for the graph. */
export const SESSION_STATES = [
  'awaiting_cv',
  'technical',
  'behavioural',
  'personal',
  'evaluating',
  'completed',
  'ended',
  'aborted',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** A technical question from the curated bank (or a workspace's own import). */
export interface TechnicalQuestion {
  id: string;
  kind: 'technical';
  position: Position;
  topic: string;
  difficulty: 1 | 2 | 3;
  language: Language;
  question: string;
  exampleAnswer: string;
  keyPoints: string[];
  /**
   * The interviewer's follow-up question for each key point, aligned one-to-one with `keyPoints`,
   * asked when that point is missing from an answer. Absent when the source gave none.
   */
  followUps?: string[] | undefined;
  /** null for the shared bank; a workspace id for a club's own questions. */
  workspaceId: string | null;
}

/** A behavioural question, judged on STAR structure and its competency. */
export interface BehaviouralQuestion {
  id: string;
  kind: 'behavioural';
  competency: string;
  language: Language;
  question: string;
  exampleAnswer: string;
  keyPoints: string[];
  /** Follow-up questions aligned with `keyPoints`, as for technical questions. */
  followUps?: string[] | undefined;
  workspaceId: string | null;
}

export type BankQuestion = TechnicalQuestion | BehaviouralQuestion;

/** What weak, solid and strong answers show for one competency. */
export interface CompetencyRubric {
  competency: string;
  language: Language;
  name: string;
  weak: string;
  solid: string;
  strong: string;
}

/** A question generated from the CV, quoting the line it probes. */
export interface CvQuestion {
  question: string;
  /** Verbatim text from the CV that the question asks about. */
  quote: string;
  /** Three criteria for judging the answer. */
  criteria: string[];
  /** Who generated it (provider name and model); set by providers and the chain. */
  generatedBy?: string | undefined;
  /** True when a fallback generator produced it. */
  degraded?: boolean | undefined;
}

/** Status of one key point in an evaluation. */
export type KeyPointStatus = 'covered' | 'partial' | 'missing' | 'incorrect';

export interface KeyPointResult {
  point: string;
  status: KeyPointStatus;
  /** A quote from the answer supporting the status, when there is one. */
  evidence?: string | undefined;
}

/** STAR structure found in a behavioural answer. */
export interface StarAnalysis {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
}

/** The judgement of one answer, from whichever evaluator produced it. */
export interface Evaluation {
  /** Integer 0–10. */
  score: number;
  keyPoints: KeyPointResult[];
  wrongClaims: { claim: string; why: string }[];
  feedback: string;
  modelAnswer?: string | undefined;
  followUpQuestion?: string | undefined;
  star?: StarAnalysis | undefined;
  /** Why the pre-check scored it without a model (empty, gibberish, restates the question). */
  precheck?: 'empty' | 'too_short' | 'gibberish' | 'restates_question' | undefined;
  /** Provider name and model, e.g. "offline" or "openai:gpt-4o-mini". */
  evaluator: string;
  /** True when a fallback evaluator produced it instead of the preferred one. */
  degraded: boolean;
}
