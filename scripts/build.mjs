// `npm run build`: compile the TypeScript to dist/ and copy every runtime asset beside it, so the
// compiled tree mirrors the source tree and a file found with `new URL('./x', import.meta.url)` is
// found the same way from src/ (tsx, tests) and from dist/ (production).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json lives). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** Written last: its mtime says when dist/ was complete. */
export const STAMP = join(DIST, '.build-stamp');
/** The folders compiled into dist/ (tests and benchmarks stay source-only). */
export const SOURCE_DIRS = ['src', 'adapters', 'commands', 'migrations', 'seeds', 'scripts'];
/** Files outside those folders whose change means a rebuild. */
export const BUILD_INPUTS = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];

const COMPILED = new Set(['.ts', '.mts', '.cts']);
const NEVER_COPIED = new Set(['.md']);
/** The build tooling itself runs from scripts/, never from dist/. */
const TOOLING = new Set([join('scripts', 'build.mjs'), join('scripts', 'start.mjs')]);

/** Every file under the source folders, relative to the root. */
export function* sourceFiles(dir = ROOT, folders = SOURCE_DIRS) {
  for (const folder of folders) {
    const full = join(dir, folder);
    let entries;
    try {
      entries = readdirSync(full, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) yield* sourceFiles(dir, [path]);
      else yield path;
    }
  }
}

/** Files the runtime reads that tsc does not emit: CSVs, JSON weights, .mjs children, SQL… */
function isAsset(path) {
  const ext = extname(path);
  return !COMPILED.has(ext) && !NEVER_COPIED.has(ext) && !TOOLING.has(path);
}

/**
 * Compile and copy; throws with tsc's own output when the code does not compile. `typeCheck: false`
 * only transpiles (several times faster): `npm start` uses it, `npm run build` and CI check types.
 */
export function build({ quiet = false, typeCheck = true } = {}) {
  const started = Date.now();
  // Built beside dist/ and swapped in at the end, so a bot already running from dist/ (or a second
  // build at the same moment) never sees a half-written tree.
  const out = `${DIST}.building-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const args = [
    tsc,
    '-p',
    join(ROOT, 'tsconfig.build.json'),
    '--outDir',
    out,
    ...(typeCheck ? [] : ['--noCheck']),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`tsc failed (exit ${result.status ?? result.signal})`);
  }
  let assets = 0;
  for (const file of sourceFiles()) {
    if (!isAsset(file)) continue;
    const target = join(out, file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(ROOT, file), target, { preserveTimestamps: true });
    assets += 1;
  }
  writeFileSync(join(out, '.build-stamp'), `${new Date().toISOString()}\n`);
  rmSync(DIST, { recursive: true, force: true });
  renameSync(out, DIST);
  if (!quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`built ${relative(ROOT, DIST)}/ in ${seconds} s (${assets} assets copied)\n`);
  }
}

/** True when dist/ is missing, or a source file or folder changed after the last build. */
export function isStale() {
  let stamp;
  try {
    stamp = statSync(STAMP).mtimeMs;
  } catch {
    return true;
  }
  const newer = (path) => {
    try {
      return statSync(join(ROOT, path)).mtimeMs > stamp;
    } catch {
      return false;
    }
  };
  if (BUILD_INPUTS.some(newer)) return true;
  // A folder's mtime moves when a file in it is added, renamed or deleted.
  const folders = new Set(SOURCE_DIRS);
  for (const file of sourceFiles()) {
    if (newer(file)) return true;
    folders.add(dirname(file));
  }
  return [...folders].some(newer);
}

/** True when the TypeScript sources are here (a clone), false in a runtime image that has dist/ only. */
export function hasSources() {
  try {
    return statSync(join(ROOT, 'src')).isDirectory();
  } catch {
    return false;
  }
}

// `node scripts/build.mjs [--if-stale] [--no-check]`: tests use both flags to build once, fast.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flags = new Set(process.argv.slice(2));
  try {
    if (!flags.has('--if-stale') || isStale()) build({ typeCheck: !flags.has('--no-check') });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
