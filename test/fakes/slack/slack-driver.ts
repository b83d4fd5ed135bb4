// Slack delivering payloads to the app, over Socket Mode envelopes or signed HTTP requests alike.
import { postSigned, type SignedPostOptions } from './request-signer.js';
import type { FakeSocketModeServer } from './socket-mode-server.js';

/** How the app answered: the HTTP status, or 200 with the ack payload in Socket Mode. */
export interface Delivery {
  status: number;
  ack: unknown;
}

export interface RetryInfo {
  retryNum: number;
  retryReason: string;
}

export interface SlackDriver {
  command(payload: Record<string, string>): Promise<Delivery>;
  event(body: Record<string, unknown>, retry?: RetryInfo): Promise<Delivery>;
  action(payload: Record<string, unknown>): Promise<Delivery>;
}

/** Deliver through the fake Socket Mode server; resolves when the app has acked the envelope. */
export function createSocketDriver(socket: FakeSocketModeServer): SlackDriver {
  const deliver = async (...args: Parameters<FakeSocketModeServer['send']>) => ({
    status: 200,
    ack: await socket.send(...args),
  });
  return {
    command: (payload) => deliver('slash_commands', payload),
    event: (body, retry) =>
      deliver(
        'events_api',
        body,
        retry ? { retryAttempt: retry.retryNum, retryReason: retry.retryReason } : {},
      ),
    action: (payload) => deliver('interactive', payload),
  };
}

/** Deliver as signed POSTs to `url` (…/slack/events); `sign` can forge or age the signature. */
export function createHttpDriver(
  url: string,
  signingSecret: string,
  sign: Partial<SignedPostOptions> = {},
): SlackDriver {
  const post = async (body: string, contentType: string, headers: Record<string, string> = {}) => {
    const response = await postSigned(url, body, contentType, { signingSecret, ...sign, headers });
    return { status: response.status, ack: response.text };
  };
  const form = 'application/x-www-form-urlencoded';
  return {
    command: (payload) => post(new URLSearchParams(payload).toString(), form),
    event: (body, retry) =>
      post(
        JSON.stringify(body),
        'application/json',
        retry
          ? { 'x-slack-retry-num': String(retry.retryNum), 'x-slack-retry-reason': retry.retryReason }
          : {},
      ),
    action: (payload) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form),
  };
}
