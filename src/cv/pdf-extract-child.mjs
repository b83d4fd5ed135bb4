// Child process that runs pdf-parse away from the bot's event loop, under its own memory cap (plain JS: no loader).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';

/**
 * Protocol (IPC, advanced serialisation so bytes travel as a Uint8Array):
 * child → parent  {type:'ready', memoryCap:'address-space'|'heap-only', baselineMb:number}
 * parent → child  {type:'extract', id:number, data:Uint8Array, maxPages:number, maxChars:number}
 * child → parent  {type:'result', id, ok:true, pages, pageTexts:string[], truncated, peakRssMb}
 *               | {type:'result', id, ok:false, reason:'encrypted'|'corrupt'|'too_many_pages'|'resource',
 *                  pages?:number, detail:string, peakRssMb}
 * @typedef {{ type: 'extract', id: number, data: Uint8Array, maxPages: number, maxChars: number }} ExtractRequest
 */

/** pdf-parse 2.x leaves these unset on Node; without CMaps, CJK text in predefined encodings is silently lost. */
function pdfjsResourcePaths() {
  const requireFromPdfParse = createRequire(fileURLToPath(import.meta.resolve('pdf-parse')));
  const pdfjsRoot = path.dirname(requireFromPdfParse.resolve('pdfjs-dist/package.json'));
  // pdf.js reads these with fs.readFile on Node, so they are plain paths, and must end with a separator.
  return {
    cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}${path.sep}`,
    wasmUrl: `${path.join(pdfjsRoot, 'wasm')}${path.sep}`,
  };
}

/** @param {string} field @returns {number | undefined} megabytes from /proc/self/status */
function procStatusMb(field) {
  try {
    const match = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cap this process's address space at what it uses now plus `memoryMb`. A worker thread's heap limit
 * would not cover ArrayBuffers (where decompressed streams live); RLIMIT_AS does. The baseline is measured
 * rather than assumed because V8 reserves very different amounts on Node 20 and Node 24.
 * @param {number} memoryMb
 * @returns {'address-space' | 'heap-only'}
 */
function capAddressSpace(memoryMb) {
  const baselineMb = procStatusMb('VmSize');
  if (baselineMb === undefined || !(memoryMb > 0)) return 'heap-only';
  const bytes = (baselineMb + memoryMb) * 1024 * 1024;
  try {
    execFileSync('prlimit', ['--pid', String(process.pid), `--as=${bytes}:${bytes}`], { stdio: 'ignore' });
    return 'address-space';
  } catch {
    return 'heap-only';
  }
}

/** Forget the previous job's peak so VmHWM reports this job's peak resident memory. */
function resetPeakRss() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not permitted: the peak then covers the child's whole life, still an upper bound.
  }
}

/** @param {unknown} error @returns {'encrypted' | 'corrupt' | 'resource'} */
function classify(error) {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'encrypted';
  // pdf.js re-wraps errors from its (in-process) worker, so the RangeError is recognised by its message.
  if (/allocation failed|out of memory|invalid (typed )?array length/i.test(message)) return 'resource';
  return 'corrupt';
}

const resources = pdfjsResourcePaths();

/** @param {ExtractRequest} request */
async function extract(request) {
  const parser = new PDFParse({
    data: request.data,
    ...resources,
    isEvalSupported: false,
    stopAtErrors: false,
  });
  try {
    const info = await parser.getInfo();
    const pages = info.total;
    if (pages > request.maxPages) {
      return { ok: false, reason: 'too_many_pages', pages, detail: `${pages} pages` };
    }
    /** @type {string[]} */
    const pageTexts = [];
    let chars = 0;
    let truncated = false;
    for (let page = 1; page <= pages; page += 1) {
      const result = await parser.getText({ partial: [page] });
      const text = result.pages[0]?.text ?? '';
      pageTexts.push(text);
      chars += text.length;
      // Past the character cap the rest is never read: a huge text layer costs no more time than needed.
      if (chars >= request.maxChars && page < pages) {
        truncated = true;
        break;
      }
    }
    return { ok: true, pages, pageTexts, truncated };
  } catch (error) {
    return {
      ok: false,
      reason: classify(error),
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const memoryMb = Number(process.env.CV_CHILD_MEMORY_MB ?? '0');
const memoryCap = capAddressSpace(memoryMb);
const send = (/** @type {unknown} */ message) => process.send?.(message);

process.on('message', async (/** @type {ExtractRequest} */ request) => {
  if (request?.type !== 'extract') return;
  resetPeakRss();
  const outcome = await extract(request);
  send({ type: 'result', id: request.id, ...outcome, peakRssMb: procStatusMb('VmHWM') });
});
// The parent went away: nothing left to serve.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready', memoryCap, baselineMb: procStatusMb('VmSize') });
