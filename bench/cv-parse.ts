// Benchmark: CV parse time, peak child RSS and event-loop lag per corpus file (npx tsx bench/cv-parse.ts [dir]).
// Pages are read until maxChars (60,000) is reached, so the 71-page file is only partly read; the page limit is
// raised to 100 so that it is read at all.
import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CV_LIMITS, processCv } from '../src/cv/intake.js';
import { createPdfExtractor, type ExtractOutcome } from '../src/cv/pdf-extractor.js';

const corpusDir = process.argv[2] ?? fileURLToPath(new URL('../../shared/cv-corpus', import.meta.url));
const limits = { ...DEFAULT_CV_LIMITS, maxPages: 100 };

interface Lag {
  maxMs: number;
  p99Ms: number;
}

/** Run `work` while sampling event-loop delay at 1 ms resolution. */
async function withLag<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; lag: Lag }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  histogram.disable();
  return { result, ms, lag: { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 } };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

async function main(): Promise<void> {
  const files = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.pdf'))
    .sort();
  const extractor = createPdfExtractor();

  const cold = await withLag(() => extractor.extract(readFileSync(`${corpusDir}/${files[0]}`), limits));
  console.log(
    `child cold start + first parse: ${cold.ms.toFixed(0)} ms (memory cap: ${extractor.memoryCap()})`,
  );
  console.log(
    `${'file'.padEnd(36)}${pad('read/pages', 11)}${pad('chars', 8)}${pad('extract ms', 12)}${pad('intake ms', 11)}` +
      `${pad('peak RSS MB', 13)}${pad('lag max ms', 12)}${pad('lag p99 ms', 12)}`,
  );
  for (const name of files) {
    const bytes = new Uint8Array(readFileSync(`${corpusDir}/${name}`));
    const extracted = await withLag<ExtractOutcome>(() => extractor.extract(bytes, limits));
    const outcome = extracted.result;
    const started = performance.now();
    const cv = await processCv(bytes, name, limits, extractor).catch((error: { key?: string }) => error.key);
    const intakeMs = performance.now() - started;
    const pages = outcome.ok ? `${outcome.pageTexts.length}/${outcome.pages}` : outcome.reason;
    const chars = typeof cv === 'object' && cv ? cv.text.length : String(cv);
    console.log(
      `${name.padEnd(36)}${pad(pages, 11)}${pad(chars, 8)}${pad(extracted.ms.toFixed(0), 12)}` +
        `${pad(intakeMs.toFixed(0), 11)}${pad(outcome.peakRssMb ?? '?', 13)}` +
        `${pad(extracted.lag.maxMs.toFixed(1), 12)}${pad(extracted.lag.p99Ms.toFixed(1), 12)}`,
    );
  }
  extractor.close();

  // For contrast: the same parse on the main thread, as the old web app did it.
  const longest = files.reduce((a, b) =>
    readFileSync(`${corpusDir}/${a}`).length >= readFileSync(`${corpusDir}/${b}`).length ? a : b,
  );
  const { PDFParse } = await import('pdf-parse');
  const inline = await withLag(async () => {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(`${corpusDir}/${longest}`)) });
    const text = await parser.getText();
    await parser.destroy();
    return text.total;
  });
  console.log(
    `main-thread parse of ${longest} for contrast: ${inline.ms.toFixed(0)} ms, ` +
      `lag max ${inline.lag.maxMs.toFixed(1)} ms, p99 ${inline.lag.p99Ms.toFixed(1)} ms`,
  );
}

await main();
