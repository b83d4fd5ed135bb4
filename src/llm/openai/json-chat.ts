// One chat completion that must come back as JSON of a known shape: json_schema first, json_object if refused.
import type OpenAI from 'openai';
import type { z } from 'zod';
import type { Logger } from '../../logger.js';
import { jsonObjectRule, type PromptMessages } from '../prompts/data-block.js';
import { type ReplyName, replyJsonSchema, replySchemas } from '../schemas.js';
import { LlmCallFailure } from '../call-failure.js';
import { rejectsJsonSchema } from './failures.js';

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface JsonReply<N extends ReplyName> {
  data: z.infer<(typeof replySchemas)[N]>;
  usage: TokenUsage;
}

/** How structured output is requested; an endpoint that refuses json_schema is switched to json_object. */
export type JsonMode = 'json_schema' | 'json_object';

/** Send `messages` and return the reply validated against the `name` schema. */
export type JsonChat = <N extends ReplyName>(
  name: N,
  messages: PromptMessages,
  signal: AbortSignal | undefined,
) => Promise<JsonReply<N>>;

/**
 * A JSON chat for one endpoint and model. It remembers when the endpoint rejected json_schema
 * (older Ollama, some vLLM and hosted "compatible" APIs) and uses json_object from then on, with the
 * schema spelled out in the prompt instead. Either way the reply is validated with zod.
 */
export function createJsonChat(options: {
  client: OpenAI;
  model: string;
  logger: Logger;
  mode?: JsonMode;
}): JsonChat {
  let mode: JsonMode = options.mode ?? 'json_schema';

  async function send<N extends ReplyName>(name: N, messages: PromptMessages, signal?: AbortSignal) {
    const schema = replyJsonSchema(name);
    const completion = await options.client.chat.completions.create(
      {
        model: options.model,
        messages:
          mode === 'json_schema'
            ? messages
            : messages.map((message, index) =>
                index === 0
                  ? { ...message, content: `${message.content}\n\n${jsonObjectRule(name, schema)}` }
                  : message,
              ),
        response_format:
          mode === 'json_schema'
            ? { type: 'json_schema', json_schema: { name, schema, strict: true } }
            : { type: 'json_object' },
      },
      { signal },
    );
    const usage: TokenUsage = {
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
    };
    const choice = completion.choices[0];
    const content = choice?.message.content;
    if (!content) {
      throw new LlmCallFailure('malformed', choice?.message.refusal ? 'the model refused' : 'empty reply', {
        retryable: false,
        usage,
      });
    }
    if (choice.finish_reason === 'length') {
      throw new LlmCallFailure('malformed', 'reply cut off at the token limit', { retryable: false, usage });
    }
    return { data: parseReply(name, content, usage), usage };
  }

  return async (name, messages, signal) => {
    try {
      return await send(name, messages, signal);
    } catch (error) {
      if (mode !== 'json_schema' || !rejectsJsonSchema(error)) throw error;
      mode = 'json_object';
      options.logger.warn(
        { model: options.model },
        'endpoint rejected json_schema; using json_object from now on',
      );
      return send(name, messages, signal);
    }
  };
}

/** Parse and validate a reply; code fences some local models add around JSON are tolerated. */
export function parseReply<N extends ReplyName>(
  name: N,
  content: string,
  usage: TokenUsage,
): JsonReply<N>['data'] {
  const text = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LlmCallFailure('malformed', 'reply is not valid JSON', { retryable: false, usage });
  }
  const parsed = replySchemas[name].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new LlmCallFailure('malformed', `reply does not match the ${name} schema at ${where}`, {
      retryable: false,
      usage,
    });
  }
  return parsed.data as JsonReply<N>['data'];
}
