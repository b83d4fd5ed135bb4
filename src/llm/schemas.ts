// Zod schemas of what a model must reply, and the JSON Schema sent for structured output.
import { z } from 'zod';

/** One key point's judgement as the model states it; `evidence` must quote the answer. */
export const keyPointReplySchema = z.object({
  point: z.string(),
  status: z.enum(['covered', 'partial', 'missing', 'incorrect']),
  evidence: z.string().nullable(),
});

/** The evaluation reply. Nullable rather than optional fields: strict structured output wants every key. */
export const evaluationReplySchema = z.object({
  keyPoints: z.array(keyPointReplySchema),
  wrongClaims: z.array(z.object({ claim: z.string(), why: z.string() })),
  score: z.number().int().min(0).max(10),
  feedback: z.string().min(1),
  modelAnswer: z.string().nullable(),
  followUpQuestion: z.string().nullable(),
  star: z
    .object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean() })
    .nullable(),
});
export type EvaluationReply = z.infer<typeof evaluationReplySchema>;

/** CV-grounded questions: each quotes the CV line it probes and carries three criteria. */
export const cvQuestionsReplySchema = z.object({
  questions: z.array(
    z.object({
      question: z.string().min(1),
      quote: z.string().min(1),
      criteria: z.array(z.string().min(1)).length(3),
    }),
  ),
});
export type CvQuestionsReply = z.infer<typeof cvQuestionsReplySchema>;

/** Key points for an imported question, within the bank's limits (3–6 points of 3–160 characters). */
export const keyPointsReplySchema = z.object({
  keyPoints: z.array(z.string().min(3).max(160)).min(3).max(6),
});
export type KeyPointsReply = z.infer<typeof keyPointsReplySchema>;

/** Follow-up questions for an imported question: one per key point (a bank row has 3–6). */
export const followUpsReplySchema = z.object({
  followUps: z.array(z.string().min(8).max(240)).min(1).max(6),
});
export type FollowUpsReply = z.infer<typeof followUpsReplySchema>;

/** The structured replies by the name used in `response_format.json_schema.name`. */
export const replySchemas = {
  evaluation: evaluationReplySchema,
  cv_questions: cvQuestionsReplySchema,
  key_points: keyPointsReplySchema,
  follow_ups: followUpsReplySchema,
} as const;
export type ReplyName = keyof typeof replySchemas;

// Keywords some OpenAI-compatible endpoints reject in strict mode; zod checks them on receipt anyway.
const UNSUPPORTED_KEYWORDS = new Set([
  '$schema',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
]);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!UNSUPPORTED_KEYWORDS.has(key)) out[key] = strip(value);
  }
  return out;
}

/** The JSON Schema for `name`, derived from its zod schema and trimmed to what strict mode accepts. */
export function replyJsonSchema(name: ReplyName): Record<string, unknown> {
  return strip(z.toJSONSchema(replySchemas[name], { target: 'draft-7' })) as Record<string, unknown>;
}
