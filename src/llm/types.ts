// The language-model seam: what any evaluator or question generator must offer.
import type {
  CompetencyRubric,
  CvQuestion,
  Evaluation,
  Language,
  Position,
  QuestionKind,
} from '../domain/types.js';

/** Everything an evaluator needs to judge one answer. */
export interface EvaluationInput {
  kind: QuestionKind;
  language: Language;
  position: Position;
  question: string;
  answer: string;
  /** Technical and behavioural: the bank's example answer. */
  exampleAnswer?: string | undefined;
  /** Technical: key points; behavioural: what a good answer shows; personal: the three criteria. */
  keyPoints: string[];
  /**
   * The interviewer's question for each key point, aligned with `keyPoints`, asked when that point is
   * missing. Bank questions carry them; for others a follow-up is phrased without quoting the point.
   */
  followUpQuestions?: string[] | undefined;
  topic?: string | undefined;
  /** Behavioural only. */
  rubric?: CompetencyRubric | undefined;
  /** Personal only: the CV line the question probes. */
  cvQuote?: string | undefined;
  /** When the interviewer asked a follow-up, it is judged together with the original answer. */
  followUp?: { question: string; answer: string } | undefined;
}

/** Input for CV-grounded question generation. Only redacted CV text ever reaches a provider. */
export interface CvQuestionInput {
  language: Language;
  position: Position;
  /** Redacted, normalised CV text. */
  cvText: string;
  /** Detected sections (experience, projects, skills, education) of the redacted text. */
  sections: Record<string, string>;
  count: number;
}

/** Input for the end-of-session summary. */
export interface SummaryInput {
  language: Language;
  position: Position;
  turns: { kind: QuestionKind; question: string; topic?: string | undefined; evaluation: Evaluation }[];
}

/** Input for deriving key points from a bank question's example answer (an import row that lists none). */
export interface KeyPointsInput {
  language: Language;
  question: string;
  exampleAnswer: string;
  /** How many points to ask a model for (3–6, default 4); the offline derivation chooses its own 3–5. */
  count?: number | undefined;
}

/** Key points derived from an example answer, and who derived them. */
export interface DerivedKeyPoints {
  keyPoints: string[];
  /** Provider label, e.g. "primary:gpt-4o-mini" or "offline". */
  derivedBy: string;
  /** True when a fallback provider derived them. */
  degraded: boolean;
}

/** Input for writing the follow-up questions of an imported question that came without them. */
export interface FollowUpsInput {
  language: Language;
  question: string;
  keyPoints: string[];
}

/** One follow-up question per key point, in order, and who wrote them. */
export interface DerivedFollowUps {
  followUps: string[];
  /** Provider label, e.g. "primary:gpt-4o-mini" or "offline". */
  derivedBy: string;
  degraded: boolean;
}

/** Per-call options every provider honours. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Workspace the call is made for (budget accounting), as "<platform>:<workspace>". */
  workspaceId?: string | undefined;
  /** Session the call is made for (call log). */
  sessionId?: number | undefined;
}

/**
 * An evaluator and question generator. Implementations: OfflineProvider (always available),
 * OpenAiProvider (any OpenAI-compatible endpoint), and ProviderChain, which composes them.
 */
export interface LlmProvider {
  /** Stable name shown to users as the evaluator, e.g. "offline", "primary". */
  readonly name: string;
  readonly model: string;
  evaluateAnswer(input: EvaluationInput, opts?: CallOptions): Promise<Evaluation>;
  generateQuestions(input: CvQuestionInput, opts?: CallOptions): Promise<CvQuestion[]>;
  /** Key points for a bank question from its example answer; each point restates part of that answer. */
  deriveKeyPoints(input: KeyPointsInput, opts?: CallOptions): Promise<DerivedKeyPoints>;
  /**
   * The interviewer's follow-up question for each key point of a bank question, asked when that point is
   * missing; a natural question about the topic, never the point read out. Providers without it are skipped.
   */
  deriveFollowUps?(input: FollowUpsInput, opts?: CallOptions): Promise<DerivedFollowUps>;
}
