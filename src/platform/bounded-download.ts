// One download with a deadline and a byte cap, shared by the adapters that fetch user files on demand.
import { UserError } from '../errors.js';

/** How a bounded download reaches its file and what each adapter says when it cannot. */
export interface BoundedDownloadOptions {
  url: string;
  maxBytes: number;
  timeoutMs: number;
  headers?: Record<string, string>;
  /** Injected so that tests and proxies can swap the transport; defaults to the global (undici) fetch. */
  fetch?: typeof fetch | undefined;
  /** Check the response and return the body to read; throw a UserError to refuse it. */
  accept(response: Response): ReadableStream<Uint8Array> | Promise<ReadableStream<Uint8Array>>;
  /** The error for a file over the cap, by declared length or by the bytes counted so far. */
  tooLarge(bytes: number): UserError;
  /** The error once the deadline passed. */
  timedOut(): UserError;
  /** The error for any other failure (network, a broken stream). */
  failed(error: unknown): UserError;
}

/**
 * Fetch `url` and read its body into memory, giving up after `timeoutMs` and stopping as soon as the
 * declared length or the bytes actually read pass `maxBytes` (the header is a claim; the count is the fact).
 * Every failure is one of the options' UserErrors.
 */
export async function boundedDownload(options: BoundedDownloadOptions): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const doFetch = options.fetch ?? fetch;
    const response = await doFetch(options.url, { headers: options.headers, signal: controller.signal });
    const body = await options.accept(response);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      await body.cancel();
      throw options.tooLarge(declared);
    }
    return await readCapped(body, options.maxBytes, options.tooLarge);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (controller.signal.aborted) throw options.timedOut();
    throw options.failed(error);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** Read a stream into memory, cancelling it as soon as it passes `maxBytes`. */
async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  tooLarge: (seen: number) => Error,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
