// Builds the Bolt App for Socket Mode or HTTP mode and knows how to start and stop each transport cleanly.
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { ConnectionState } from '../../src/platform/types.js';
import { createBoltLogger } from './bolt-logger.js';

export type SlackTransportMode = 'socket' | 'http';

export interface BoltAppOptions {
  botToken: string;
  appToken?: string | undefined;
  signingSecret?: string | undefined;
  port: number;
  /** Slack Web API base, e.g. http://127.0.0.1:1234/api/ in tests; Slack's own when undefined. */
  apiUrl?: string | undefined;
  /** Web API retry policy; tests pass { retries: 0 } because the default lasts about 30 minutes. */
  retryConfig?: webApi.RetryOptions | undefined;
  /** HTTP mode on the bot's own HTTP server (HTTP_PORT) instead of a port of its own. */
  mountHttp?: ((listener: RequestListener) => void) | undefined;
  logger: Logger;
}

export interface BoltApp {
  app: App;
  mode: SlackTransportMode;
  /** Connect (Socket Mode) or listen (HTTP); resolves to the bound HTTP port in HTTP mode. */
  start(): Promise<number | undefined>;
  /** Disconnect or close; the Socket Mode client goes first or its close timer keeps the process alive. */
  stop(): Promise<void>;
  connection(): ConnectionState;
}

/** A few quick retries: a chat message that arrives a minute late is worse than one that fails. */
const PRODUCTION_RETRIES: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 };

/** Socket Mode when an app-level token is given (no public URL needed), HTTP mode otherwise. */
export function createBoltApp(options: BoltAppOptions): BoltApp {
  const logger = createBoltLogger(options.logger);
  const clientOptions: webApi.WebClientOptions = {
    ...(options.apiUrl ? { slackApiUrl: withTrailingSlash(options.apiUrl) } : {}),
    retryConfig: options.retryConfig ?? PRODUCTION_RETRIES,
    // The WebClient's default is no timeout at all: a hung call would hold a handler forever.
    timeout: 15_000,
  };
  // Initialised in start(), so building the app never calls Slack.
  const createApp = (receiver: Receiver) =>
    new App({ token: options.botToken, receiver, logger, clientOptions, deferInitialization: true });

  if (options.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger,
      installerOptions: { clientOptions: { ...clientOptions } },
    });
    const app = createApp(receiver);
    let state: ConnectionState = 'connecting';
    const client = receiver.client;
    client.on('connecting', () => {
      state = 'connecting';
    });
    client.on('connected', () => {
      state = 'connected';
    });
    client.on('reconnecting', () => {
      state = 'reconnecting';
    });
    client.on('disconnected', () => {
      state = 'down';
    });
    return {
      app,
      mode: 'socket',
      async start() {
        await app.init();
        await app.start();
        return undefined;
      },
      async stop() {
        await receiver.client.disconnect();
        await app.stop();
      },
      connection: () => state,
    };
  }

  if (!options.signingSecret) {
    throw new Error('Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  }
  const receiver = new HTTPReceiver({ signingSecret: options.signingSecret, port: options.port, logger });
  const app = createApp(receiver);
  const mountHttp = options.mountHttp;
  let listening = false;
  return {
    app,
    mode: 'http',
    async start() {
      await app.init();
      listening = true;
      if (mountHttp) {
        mountHttp(receiver.requestListener);
        return undefined;
      }
      const server = (await app.start(options.port)) as Server;
      return (server.address() as AddressInfo).port;
    },
    async stop() {
      listening = false;
      if (!mountHttp) await app.stop();
    },
    connection: () => (listening ? 'connected' : 'down'),
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
