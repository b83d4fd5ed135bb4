// `npm start`: run the compiled bot (or, with --entry, another compiled script) with plain node,
// building dist/ first when it is missing or older than the sources (a fresh clone, a pull, an edit).
// In an image with dist/ only, it just runs.
import { build, hasSources, isStale } from './build.mjs';

if (hasSources() && isStale()) {
  process.stderr.write('Compiling the bot into dist/ (first start, or the sources changed)…\n');
  try {
    // Types are checked by `npm run typecheck` and CI; here only the JavaScript is needed, fast.
    build({ typeCheck: false });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
// `--entry scripts/backup.js` runs another compiled entry point the same way (`npm run backup`); the
// entry then sees its own arguments from process.argv[2] on, as if node had started it directly.
let entry = 'adapters/main.js';
if (process.argv[2] === '--entry') {
  entry = process.argv[3];
  process.argv.splice(2, 2);
}
await import(`../dist/${entry}`);
