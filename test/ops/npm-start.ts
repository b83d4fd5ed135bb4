// Runs the real `npm start` (compiled dist/, plain node) as a child process, the way an operator or
// a container runtime does, and watches what it prints.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Build dist/ once if the sources changed (types are checked by `npm run typecheck`, not here). */
export function buildIfStale(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--no-check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
}

export interface RunningBot {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Wait until `pattern` has appeared `times` times in stdout+stderr. */
  waitFor(pattern: RegExp, times?: number, timeoutMs?: number): Promise<string>;
  /** Exit code and how long after `since` the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** Environment that turns every platform and the model off unless the test turns them on. */
const QUIET_ENV = {
  DATABASE_URL: '',
  CONSOLE: 'off',
  LOG_LEVEL: 'info',
  LOG_FORMAT: 'json',
  DISCORD_TOKEN: '',
  DISCORD_APP_ID: '',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  OPENAI_API_KEY: '',
  OPENAI_BASE_URL: '',
  HTTP_PORT: '',
  LANG: 'C.UTF-8',
  LC_ALL: '',
};

/** Start `npm start` with `env` on top of a quiet environment. */
export function npmStart(env: Record<string, string>): RunningBot {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, ...QUIET_ENV, ...env },
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return {
    child,
    output: () => out,
    async waitFor(pattern, times = 1, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      const global = new RegExp(pattern.source, `g${pattern.flags.replace('g', '')}`);
      while ((out.match(global)?.length ?? 0) < times) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${out.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return out;
    },
    exited,
  };
}

/** A stack trace line as Node prints one (`    at fn (file:line:col)`), in text or inside JSON logs. */
export const STACK_FRAME = /(^|\\n)\s+at \S.*:\d+:\d+\)?/m;
