// What a fresh clone tries first: the example CVs (made by `npm run examples:cv`) and the README's
// scripted interviews, which with INTERVIEW_SEED=42 are asked the questions their answers were
// written for, in English and in Korean, and end with a report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startConsoleBot } from '../helpers/console-bot.js';
import { buildExampleCvs, EXAMPLE_CV_FILES } from '../../scripts/example-cvs.js';
import { DEFAULT_CV_LIMITS, defaultPdfExtractor, processCv } from '../../src/cv/intake.js';
import { waitFor } from '../helpers/wait-for.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(root, file)));

describe('example CVs', () => {
  afterAll(() => defaultPdfExtractor().close());

  it('are the ones `npm run examples:cv` writes (regenerate them after editing the script)', async () => {
    const built = await buildExampleCvs();
    expect(Buffer.from(bytesOf(EXAMPLE_CV_FILES.en)).equals(Buffer.from(built.en))).toBe(true);
    expect(Buffer.from(bytesOf(EXAMPLE_CV_FILES.ko)).equals(Buffer.from(built.ko))).toBe(true);
  });

  it.each(['en', 'ko'] as const)('pass the CV intake with every section found (%s)', async (language) => {
    const file = EXAMPLE_CV_FILES[language];
    const cv = await processCv(bytesOf(file), path.basename(file), { ...DEFAULT_CV_LIMITS });
    for (const section of ['experience', 'projects', 'skills', 'education'] as const)
      expect(cv.sections[section].trim(), section).not.toBe('');
    if (language === 'ko') expect(cv.text).toMatch(/Redis 캐시를 도입해/);
    else expect(cv.text).toMatch(/Redis cache in front of PostgreSQL/);
  });

  it('are what the README quick start suggests, and nothing a fresh clone lacks', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Configuration'));
    expect(quickStart).toContain('examples/cv-en.pdf');
    expect(quickStart).toContain('examples/cv-ko.pdf');
    expect(quickStart).toContain('npm run examples:cv');
    expect(readme).not.toMatch(/\.\.\/shared\/cv-corpus\/\S+\.pdf/);
  });
});

/** Pipe `script` into the whole bot on a fresh database, as `npm start < script` does, until it reports. */
async function runScript(script: string, env: Record<string, string>) {
  const c = await startConsoleBot({ env, userId: 'reader' });
  const bot = c.bot;
  try {
    c.pipe(script);
    const session = await waitFor(
      async () => {
        const row = await bot.core.knex('sessions').first();
        return row?.report_sent_at ? row : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 100, what: () => `a report; transcript so far:\n${c.transcript()}` },
    );
    const turns = await bot.core.knex('turns').where({ session_id: session.id }).orderBy('seq');
    return { session, turns, transcript: c.transcript() };
  } finally {
    await c.stop();
  }
}

describe('the README scripted interview', () => {
  const command =
    /^INTERVIEW_SEED=(\d+) DATA_DIR=\$\(mktemp -d\) npm start < (examples\/interview-(en|ko)\.txt)/gm;
  const runs = [...readme.matchAll(command)].map((match) => ({
    seed: match[1]!,
    file: match[2]!,
    language: match[3]!,
  }));

  it('is in the README for English and Korean, with a seed', () => {
    expect(runs.map((run) => run.language).sort()).toEqual(['en', 'ko']);
  });

  it.each(runs)(
    'is asked the questions its answers were written for, and ends with a report ($language)',
    async (run) => {
      const script = readFileSync(path.join(root, run.file), 'utf8');
      const lines = script.split('\n').filter((line) => line.trim());
      const answers = lines.filter((line) => !line.startsWith('/interview') && !line.endsWith('.pdf'));
      const { session, turns, transcript } = await runScript(script, { INTERVIEW_SEED: run.seed });
      expect(session.state, transcript).toBe('completed');
      expect(session.language).toBe(run.language);
      // One answer per question: no follow-up took a line meant for the next question.
      expect(turns.every((turn) => turn.parent_turn_id === null)).toBe(true);
      expect(turns.map((turn) => turn.answer)).toEqual(answers);
      // The answers fit their questions: each one scores well.
      for (const turn of turns) expect(Number(turn.score), turn.question).toBeGreaterThanOrEqual(7);
    },
    90_000,
  );
});
