// A loopback stand-in for files.slack.com: serves url_private_download only to the right bearer token.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeFile {
  bytes: Uint8Array;
  contentType?: string;
  /** Wait this long before sending the body (a stalled download). */
  delayMs?: number;
  /** Omit content-length, so only the streamed byte count can reveal the size. */
  chunked?: boolean;
}

export interface FileRequest {
  path: string;
  authorization: string | undefined;
}

export interface FakeSlackFileServer {
  /** Serve `file` and return its url_private_download. */
  add(name: string, file: FakeFile): string;
  readonly requests: FileRequest[];
  close(): Promise<void>;
}

/**
 * Start the server. A request without `Authorization: Bearer {botToken}` gets what Slack sends:
 * a 200 with an HTML sign-in page, not an error status.
 */
export async function startFakeSlackFileServer(botToken: string): Promise<FakeSlackFileServer> {
  const files = new Map<string, FakeFile>();
  const requests: FileRequest[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${botToken}`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
      return;
    }
    const file = files.get(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (file.delayMs) await new Promise((resolve) => setTimeout(resolve, file.delayMs));
    res.writeHead(200, {
      'content-type': file.contentType ?? 'application/octet-stream',
      ...(file.chunked ? {} : { 'content-length': String(file.bytes.byteLength) }),
    });
    res.end(file.bytes);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    add(name, file) {
      const path = `/files-pri/T0CLUB-F0/download/${encodeURIComponent(name)}`;
      files.set(path, file);
      return `${base}${path}`;
    },
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
