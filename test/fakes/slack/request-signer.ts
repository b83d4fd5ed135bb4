// Slack's HTTP side: signs requests the way Slack does (v0 HMAC-SHA256) and posts them to the app.
import { createHmac } from 'node:crypto';

/** Headers Slack adds to every request it sends an app. */
export function signSlackRequest(
  signingSecret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': `v0=${signature}` };
}

export interface SignedPostOptions {
  signingSecret: string;
  /** Override the timestamp (a stale one must be refused). */
  timestampSec?: number;
  /** Sign with this secret instead (a forged request must be refused). */
  signWith?: string;
  headers?: Record<string, string>;
}

/** POST a signed body to the app and return the HTTP status and response text. */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignedPostOptions,
): Promise<{ status: number; text: string }> {
  const headers = {
    'content-type': contentType,
    ...signSlackRequest(options.signWith ?? options.signingSecret, body, options.timestampSec),
    ...options.headers,
  };
  const response = await fetch(url, { method: 'POST', body, headers });
  return { status: response.status, text: await response.text() };
}
