// The bot under load runs as `npm start` does, in its own process, so its CPU and memory are its own and the
// fakes driving it never stall its event loop. The probe preloaded into it answers samples over IPC.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ProbeRequest, ProbeSample } from './bot-probe.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface BotProcess {
  /** From spawn to the "interview bot started" log line. */
  startupMs: number;
  sample(request?: Omit<ProbeRequest, 'id'>): Promise<ProbeSample>;
  /** Warning and error log lines, counted by message. */
  problems: Map<string, number>;
  stop(): Promise<void>;
}

/** The entry `npm start` runs: the compiled build when there is one, the TypeScript source otherwise. */
function entryArgs(): string[] {
  const probe = path.join(root, 'bench/load/bot-probe.ts');
  const compiled = path.join(root, 'dist/adapters/main.js');
  const tsx = ['--import', 'tsx', '--import', probe];
  if (process.env.BENCH_SOURCE !== '1' && existsSync(compiled)) return [...tsx, compiled];
  return [...tsx, path.join(root, 'adapters/main.ts')];
}

/** Start the bot with `env` and wait until it says it started. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', ...entryArgs()], {
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
