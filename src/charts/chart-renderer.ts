// Turns chart specs into PNGs on a worker thread (the event loop never waits on ECharts or resvg) and
// keeps recent results, so showing the same report again costs nothing.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ChartImage, ChartSpec } from './chart-spec.js';
import type { ChartFonts } from './fonts.js';

const WORKER_SCRIPT = new URL('./render-worker.mjs', import.meta.url);

/** Draws charts; one instance per process. */
export interface ChartRenderer {
  /** The PNG for `spec`, from the cache when the same spec was drawn recently. */
  render(spec: ChartSpec): Promise<ChartImage>;
  /** Start the worker now (it loads ECharts), so the first chart a member waits for is not a cold start. */
  warm(): void;
  /** Stop the worker; pending renders are rejected. */
  close(): Promise<void>;
}

export interface ChartRendererOptions {
  fonts: ChartFonts;
  /** How many rendered images to keep (least recently used go first). */
  cacheSize?: number | undefined;
  /** A render taking longer than this is abandoned and the worker restarted. */
  timeoutMs?: number | undefined;
}

type Reply = { id: number; ok: true; png: Uint8Array } | { id: number; ok: false; error: string };

interface Pending {
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Create the renderer; the worker starts on the first render, not before. */
export function createChartRenderer(options: ChartRendererOptions): ChartRenderer {
  const cacheSize = options.cacheSize ?? 64;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const cache = new Map<string, Promise<ChartImage>>();
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let nextId = 1;

  const failAll = (error: Error) => {
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      job.reject(error);
      pending.delete(id);
    }
  };

  const startWorker = (): Worker => {
    const started = new Worker(WORKER_SCRIPT, {
      workerData: { role: 'chart-renderer', fonts: options.fonts },
    });
    started.unref();
    started.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      clearTimeout(job.timer);
      if (reply.ok) job.resolve(reply.png);
      else job.reject(new Error(`chart render failed: ${reply.error}`));
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failAll(new Error(`chart worker exited (code ${code})`));
    });
    return started;
  };

  const draw = (spec: ChartSpec): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      worker ??= startWorker();
      const current = worker;
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`chart render timed out after ${timeoutMs} ms`));
        void current.terminate();
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      current.ref();
      current.postMessage({ id, spec: { width: spec.width, height: spec.height, option: spec.option } });
    });

  const renderFresh = async (spec: ChartSpec, key: string): Promise<ChartImage> => {
    const started = performance.now();
    const png = await draw(spec);
    return {
      fileName: `${spec.kind}-${key.slice(0, 8)}.png`,
      png,
      width: spec.width,
      height: spec.height,
      altText: spec.altText,
      renderMs: performance.now() - started,
    };
  };

  return {
    async render(spec) {
      const key = createHash('sha256').update(JSON.stringify(spec)).digest('hex');
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return { ...(await cached), renderMs: 0 };
      }
      const result = renderFresh(spec, key);
      cache.set(key, result);
      result.catch(() => cache.delete(key));
      while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
      return result;
    },
    warm() {
      worker ??= startWorker();
    },
    async close() {
      const current = worker;
      worker = undefined;
      failAll(new Error('chart renderer closed'));
      if (current) await current.terminate();
    },
  };
}
