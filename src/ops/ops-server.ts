// The operations HTTP server on HTTP_PORT: /healthz and /metrics, and any other path handed to a
// mounted listener (Slack's HTTP mode), so one port serves both when both are on.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { HealthReport } from './health.js';

export interface OpsServerOptions {
  port: number;
  host?: string | undefined;
  health: () => Promise<HealthReport>;
  /** The metrics registry; undefined while the bot is still starting (answered with 503). */
  registry: () => Registry | undefined | Promise<Registry | undefined>;
}

export interface OpsServer {
  /** Send every other path to `listener` (a Slack receiver); without one they get 404. */
  mount(listener: RequestListener): void;
  /** Listen; resolves to the bound port (0 picks a free one). */
  start(): Promise<number>;
  /** Stop listening and cut idle keep-alive connections, so a stop never waits on a scraper. */
  stop(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${JSON.stringify(body)}\n`);
};

/** Create the server; nothing listens until `start`. */
export function createOpsServer(options: OpsServerOptions): OpsServer {
  let mounted: RequestListener | undefined;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      const report = await options.health();
      return json(res, report.ok ? 200 : 503, report);
    }
    if (req.method === 'GET' && path === '/metrics') {
      const registry = await options.registry();
      if (!registry) return json(res, 503, { error: 'starting' });
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      return res.end(body);
    }
    if (mounted) return mounted(req, res);
    json(res, 404, { error: 'not found', paths: ['/healthz', '/metrics'] });
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
  return {
    mount(listener) {
      mounted = listener;
    },
    start() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    stop() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
