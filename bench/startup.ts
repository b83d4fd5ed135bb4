// Start-up bench: `npm start` until the bot says it started (platforms connected, unfinished work resumed),
// on an empty database (migrate and seed) and then again on the same, existing database.
// `npm run bench:startup -- [runs]` (default 3 runs on the existing database).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 3);

/** Milliseconds from spawning `npm start` to its "interview bot started" log line. */
async function timeStart(databaseUrl: string): Promise<number> {
  const began = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, CONSOLE: 'off', LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const lines = createInterface({ input: child.stderr });
  const ms = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before starting`)));
    lines.on('line', (line) => {
      if (line.includes('"interview bot started"')) resolve(performance.now() - began);
    });
  });
  // npm runs the bot in a child of its own and forwards a SIGTERM to it: signal npm only (a signal to the
  // whole group reaches the bot twice, and a second signal means "stop now", leaving its SQLite claim
  // behind for the next start to wait out), then wait until every process in the group is gone.
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  for (;;) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ms;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
try {
  const url = `sqlite:${path.join(dir, 'bot.sqlite')}`;
  const empty = await timeStart(url);
  const existing: number[] = [];
  for (let i = 0; i < runs; i += 1) existing.push(await timeStart(url));
  existing.sort((a, b) => a - b);
  console.log(`npm start → "interview bot started" (SQLite, no platforms connected, console off)`);
  console.log(`  empty database (migrate + seed): ${empty.toFixed(0)} ms`);
  console.log(
    `  existing database, ${runs} runs: median ${existing[Math.floor(runs / 2)]!.toFixed(0)} ms, min ${existing[0]!.toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
