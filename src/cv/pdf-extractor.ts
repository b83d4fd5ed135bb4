// Runs PDF text extraction in a capped child process, one job at a time, killing it on timeout or overload.
import { type ChildProcess, fork } from 'node:child_process';
import type { Socket } from 'node:net';

/** Limits for one extraction; the child enforces pages and characters, this shell enforces time and memory. */
export interface ExtractOptions {
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
  memoryMb: number;
}

/** What the child found, or why it could not; `resource` means a memory cap was hit or the child died. */
export type ExtractOutcome =
  | { ok: true; pages: number; pageTexts: string[]; truncated: boolean; peakRssMb?: number | undefined }
  | {
      ok: false;
      reason: 'encrypted' | 'corrupt' | 'too_many_pages' | 'timeout' | 'resource';
      pages?: number | undefined;
      detail?: string | undefined;
      peakRssMb?: number | undefined;
    };

/** A long-lived, restartable extraction child. */
export interface PdfExtractor {
  extract(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractOutcome>;
  /** How memory is capped in the current child: by address space (Linux prlimit) or only the V8 heap. */
  memoryCap(): 'address-space' | 'heap-only' | undefined;
  close(): void;
}

type ChildMessage =
  | { type: 'ready'; memoryCap: 'address-space' | 'heap-only' }
  | ({ type: 'result'; id: number } & ExtractOutcome);

interface RunningChild {
  process: ChildProcess;
  memoryMb: number;
  ready: Promise<'address-space' | 'heap-only'>;
  memoryCap?: 'address-space' | 'heap-only';
}

const STARTUP_TIMEOUT_MS = 20_000;
const CHILD_SCRIPT = new URL('./pdf-extract-child.mjs', import.meta.url);

/** Keep an idle child from holding the bot (or a test run) open, and let a busy one do so. */
function setHeld(child: ChildProcess, held: boolean): void {
  const handles = [child, child.channel, child.stderr as Socket | null];
  for (const handle of handles) {
    if (held) handle?.ref?.();
    else handle?.unref?.();
  }
}

function startChild(memoryMb: number): RunningChild {
  const env: NodeJS.ProcessEnv = { ...process.env, CV_CHILD_MEMORY_MB: String(memoryMb) };
  // A loader or heap flag meant for the bot must not leak into the child.
  delete env.NODE_OPTIONS;
  const child = fork(CHILD_SCRIPT, [], {
    execPath: process.execPath,
    execArgv: [`--max-old-space-size=${memoryMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const running: RunningChild = { process: child, memoryMb, ready: Promise.resolve('heap-only') };
  running.ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`PDF extraction child did not start within ${STARTUP_TIMEOUT_MS} ms`));
    }, STARTUP_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`PDF extraction child exited during start-up (${code ?? signal}): ${stderr.trim()}`));
    });
    child.on('message', (message: ChildMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      running.memoryCap = message.memoryCap;
      resolve(message.memoryCap);
    });
  });
  running.ready.catch(() => undefined);
  return running;
}

/** Send one job and wait for its result, the deadline, or the child's death, whichever comes first. */
function runJob(child: ChildProcess, id: number, bytes: Uint8Array, options: ExtractOptions) {
  return new Promise<ExtractOutcome>((resolve) => {
    const finish = (outcome: ExtractOutcome) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (message: ChildMessage) => {
      if (message.type !== 'result' || message.id !== id) return;
      const { type: _type, id: _id, ...outcome } = message;
      finish(outcome);
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish({ ok: false, reason: 'resource', detail: `child exited (${code ?? signal})` });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, reason: 'timeout', detail: `no result after ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
    const { maxPages, maxChars } = options;
    const request = { type: 'extract', id, data: bytes, maxPages, maxChars };
    // The child may die between the health check and this send; that reads as a resource failure too.
    const sent = child.send(request, (error) => {
      if (error) finish({ ok: false, reason: 'resource', detail: `could not send: ${error.message}` });
    });
    if (!sent && !child.connected) finish({ ok: false, reason: 'resource', detail: 'child disconnected' });
  });
}

/**
 * Create an extractor. The child starts on first use and is reused while healthy; after a timeout,
 * a crash or a memory-cap hit it is killed with SIGKILL and the next job starts a fresh one.
 */
export function createPdfExtractor(options: { idleMs?: number } = {}): PdfExtractor {
  const idleMs = options.idleMs ?? 60_000;
  let current: RunningChild | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;

  const stop = () => {
    current?.process.kill('SIGKILL');
    current = undefined;
  };

  const runOne = async (bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractOutcome> => {
    clearTimeout(idleTimer);
    const healthy = current && current.process.exitCode === null && current.process.signalCode === null;
    if (!healthy || current?.memoryMb !== opts.memoryMb) stop();
    current ??= startChild(opts.memoryMb);
    const running = current;
    setHeld(running.process, true);
    try {
      await running.ready;
      const outcome = await runJob(running.process, nextId++, bytes, opts);
      if (!outcome.ok && (outcome.reason === 'timeout' || outcome.reason === 'resource')) stop();
      return outcome;
    } catch (error) {
      stop();
      throw error;
    } finally {
      if (current === running) {
        setHeld(running.process, false);
        idleTimer = setTimeout(stop, idleMs).unref();
      }
    }
  };

  return {
    extract(bytes, opts) {
      const job = queue.then(() => runOne(bytes, opts));
      queue = job.catch(() => undefined);
      return job;
    },
    memoryCap: () => current?.memoryCap,
    close() {
      clearTimeout(idleTimer);
      stop();
    },
  };
}
