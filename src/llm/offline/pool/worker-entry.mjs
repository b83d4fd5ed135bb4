// The file piscina starts in each offline-analysis worker (plain JS, so plain node can load it anywhere).
// From dist/ the compiled analysis-worker.js sits beside it; from src/ (tsx, vitest) only the .ts does,
// and a worker thread does not inherit the parent's TypeScript loader, so tsx is registered here first.
// tsx is a dev dependency: a production install only ever takes the first branch.
import { existsSync } from 'node:fs';

const compiled = new URL('./analysis-worker.js', import.meta.url);
let loaded;
if (existsSync(compiled)) {
  loaded = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  loaded = await import(new URL('./analysis-worker.ts', import.meta.url).href);
}

export default loaded.default;
