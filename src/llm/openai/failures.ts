// Turn whatever the SDK or validation threw into one failure type the retry loop and the chain can reason about.
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { LlmCallFailure } from '../call-failure.js';

/** Parse Retry-After (seconds or an HTTP date) and OpenAI's retry-after-ms into milliseconds. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  if (raw.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Classify an error thrown by the openai SDK (or by fetch underneath it). */
export function classifyError(error: unknown, aborted: boolean): LlmCallFailure {
  if (error instanceof LlmCallFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (aborted || error instanceof APIUserAbortError) {
    return new LlmCallFailure('timeout', 'aborted by the caller', { retryable: false, aborted: true });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmCallFailure('timeout', 'request timed out', { retryable: true });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const short = `${status} ${message}`.slice(0, 300);
    if (status === 429) {
      return new LlmCallFailure('rate_limited', short, {
        retryable: true,
        retryAfterMs: retryAfterMs(error.headers),
      });
    }
    if (status === 408 || status === 409 || status >= 500) {
      return new LlmCallFailure('error', short, {
        retryable: true,
        retryAfterMs: retryAfterMs(error.headers),
      });
    }
    return new LlmCallFailure('error', short, { retryable: false });
  }
  // Connection refused or reset, a body cut mid-way, a socket closed: transient by nature.
  return new LlmCallFailure('error', message.slice(0, 300), { retryable: true });
}

/** True when a 400/404/422 says the endpoint does not understand `response_format: json_schema`. */
export function rejectsJsonSchema(error: unknown): boolean {
  if (!(error instanceof APIError) || ![400, 404, 422].includes(error.status ?? 0)) return false;
  return /response_format|json_schema|structured|schema/i.test(
    `${error.message} ${JSON.stringify(error.error ?? '')}`,
  );
}
