// Labels on model work shared by the evaluators that write them and the bank and stores that read them.

/** The offline provider's name: the label on whatever it scored, generated or derived. */
export const OFFLINE_PROVIDER_NAME = 'offline';

/** Marks a failed attempt (in `llm_calls.error`) that was followed by another attempt on the same provider. */
export const RETRIED_PREFIX = 'retried: ';
