// The whole fake Slack in one call: Web API, Socket Mode server and file host on 127.0.0.1.
import { type FakeSlackFileServer, startFakeSlackFileServer } from './file-server.js';
import { type FakeSocketModeServer, startFakeSocketModeServer } from './socket-mode-server.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from './web-api.js';

/** Credentials the fake accepts; they look like Slack's so that log redaction is exercised. */
export const FAKE_CREDENTIALS = {
  botToken: 'xoxb-fake',
  appToken: 'xapp-fake-app-token',
  signingSecret: 'fake-signing-secret',
} as const;

export interface FakeSlack {
  api: FakeSlackWebApi;
  socket: FakeSocketModeServer;
  files: FakeSlackFileServer;
  close(): Promise<void>;
}

/** Start every part; apps.connections.open already points at the Socket Mode server. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const [api, socket, files] = await Promise.all([
    startFakeSlackWebApi(),
    startFakeSocketModeServer(),
    startFakeSlackFileServer(FAKE_CREDENTIALS.botToken),
  ]);
  api.setSocketUrl(socket.url);
  return {
    api,
    socket,
    files,
    async close() {
      await Promise.all([socket.close(), files.close(), api.close()]);
    },
  };
}
