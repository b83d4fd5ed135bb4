// A loopback Socket Mode server: says hello, pushes envelopes, and records the acks that come back.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** The envelope types Slack sends over Socket Mode. */
export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

export interface EnvelopeOptions {
  /** Slack's redelivery counter for events (retry_attempt) and why it redelivered. */
  retryAttempt?: number;
  retryReason?: string;
}

export interface FakeSocketModeServer {
  /** The ws:// URL apps.connections.open should hand out. */
  readonly url: string;
  /** Ack payloads received, by envelope_id. */
  readonly acks: Map<string, unknown>;
  /** Resolves once a client has connected (and been greeted). */
  waitForConnection(): Promise<void>;
  /** Push an envelope to the connected client; resolves with its ack payload. */
  send(type: EnvelopeType, payload: unknown, options?: EnvelopeOptions): Promise<unknown>;
  readonly connectionCount: number;
  close(): Promise<void>;
}

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const acks = new Map<string, unknown>();
  const waiting = new Map<string, (payload: unknown) => void>();
  let current: WebSocket | undefined;
  let connectionCount = 0;
  let connected: Promise<void> = new Promise(() => {});
  let markConnected: () => void = () => {};
  const resetConnected = () => {
    connected = new Promise((resolve) => {
      markConnected = resolve;
    });
  };
  resetConnected();

  server.on('connection', (socket) => {
    current = socket;
    connectionCount += 1;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (!message.envelope_id) return;
      acks.set(message.envelope_id, message.payload ?? {});
      waiting.get(message.envelope_id)?.(message.payload ?? {});
      waiting.delete(message.envelope_id);
    });
    socket.on('close', () => {
      if (current === socket) {
        current = undefined;
        resetConnected();
      }
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
    markConnected();
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/link`,
    acks,
    get connectionCount() {
      return connectionCount;
    },
    waitForConnection: () => connected,
    send(type, payload, options = {}) {
      const socket = current;
      if (!socket) return Promise.reject(new Error('no Socket Mode client is connected'));
      const envelopeId = randomUUID();
      const acked = new Promise<unknown>((resolve) => waiting.set(envelopeId, resolve));
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api'
            ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' }
            : {}),
        }),
      );
      return acked;
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
