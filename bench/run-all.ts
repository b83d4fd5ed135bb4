// `npm run bench`: every benchmark in turn (scorer agreement, CV parsing, interview latency), printing figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const benches: { title: string; args: string[] }[] = [
  { title: 'Offline scorer vs hand grades (dev set)', args: ['bench/scorer.ts'] },
  {
    title: 'Offline scorer vs hand grades (held-out set)',
    args: ['bench/scorer.ts', 'bench/data/scorer-holdout.jsonl'],
  },
  { title: 'Question bank self-consistency with the offline evaluator', args: ['bench/bank-consistency.ts'] },
  { title: 'CV parsing (../shared/cv-corpus)', args: ['bench/cv-parse.ts'] },
  {
    title: 'Interview latency against a slow fake model (12 users, time scaled ×0.05)',
    args: ['bench/latency.ts', '12', '0.05'],
  },
  { title: 'Full scripted console interview', args: ['bench/console-interview.ts'] },
];

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench.title} ===`);
  const result = spawnSync(process.execPath, [tsx, ...bench.args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
