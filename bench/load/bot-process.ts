// The bot under load runs as `npm start` does, in its own process, so its CPU and memory are its own and the
// fakes driving it never stall its event loop. The probe preloaded into it (bot-probe.mjs) answers samples
// over IPC. The compiled bot runs on plain node, as in production: no TypeScript loader in its threads.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the bench asks the probe for: a sample, optionally after a GC and with the loop-delay histogram restarted. */
export interface ProbeRequest {
  id: number;
  gc?: boolean;
  resetLoop?: boolean;
}

/** One sample of the bot process (see bot-probe.mjs). */
export interface ProbeSample {
  id: number;
  /** Process CPU (main thread and worker threads), user + system, in ms since the process began. */
  cpuMs: number;
  rssMb: number;
  heapUsedMb: number;
  /** Peak RSS of the process so far. */
  maxRssMb: number;
  /** Event-loop delay of the main thread since the last reset, in ms. */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

export interface BotProcess {
  /** From spawn to the "interview bot started" log line. */
  startupMs: number;
  sample(request?: Omit<ProbeRequest, 'id'>): Promise<ProbeSample>;
  /** Warning and error log lines, counted by message. */
  problems: Map<string, number>;
  stop(): Promise<void>;
}

/** The entry `npm start` runs: the compiled build on plain node when there is one, the sources under tsx otherwise. */
function entryArgs(): string[] {
  const probe = ['--import', pathToFileURL(path.join(root, 'bench/load/bot-probe.mjs')).href];
  const compiled = path.join(root, 'dist/adapters/main.js');
  if (process.env.BENCH_SOURCE !== '1' && existsSync(compiled)) {
    // As `npm start` does: never measure a build older than the sources.
    spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--no-check'], {
      cwd: root,
      stdio: 'inherit',
    });
    return [...probe, compiled];
  }
  return ['--import', 'tsx', ...probe, path.join(root, 'adapters/main.ts')];
}

/** Start the bot with `env` and wait until it says it started. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const args = entryArgs();
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the bot, one file per thread (main, offline workers, charts).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF]
    : [];
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', ...profile, ...args], {
    cwd: root,
    env: { ...process.env, ...env, LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const problems = new Map<string, number>();
  const waiting = new Map<number, (sample: ProbeSample) => void>();
  let nextId = 0;
  child.on('message', (sample: ProbeSample) => {
    waiting.get(sample.id)?.(sample);
    waiting.delete(sample.id);
  });
  let tail = '';
  const started = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bot exited (${code}) before starting:\n${tail}`)));
    // Logs go to stderr (the console adapter owns stdout).
    const lines = createInterface({ input: child.stderr! });
    lines.on('line', (line) => {
      tail = `${tail}${line}\n`.slice(-4000);
      let entry: { level?: number; msg?: string; err?: { message?: string } };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'interview bot started') resolve();
      if ((entry.level ?? 0) >= 40) {
        const key = `${entry.msg}${entry.err?.message ? `: ${entry.err.message}` : ''}`.slice(0, 120);
        problems.set(key, (problems.get(key) ?? 0) + 1);
      }
    });
  });
  await started;
  const startupMs = performance.now() - began;
  return {
    startupMs,
    problems,
    sample(request = {}) {
      const id = ++nextId;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.send({ ...request, id });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
