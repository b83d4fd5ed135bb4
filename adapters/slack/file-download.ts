// Turns Slack file objects into Attachments whose download is authorised, time-boxed and byte-capped.
import type { Logger } from '../../src/logger.js';
import { UserError } from '../../src/errors.js';
import { boundedDownload } from '../../src/platform/bounded-download.js';
import type { Attachment } from '../../src/platform/types.js';
import type { SlackFile } from './event-translation.js';

export interface SlackFileDeps {
  botToken: string;
  logger: Logger;
  /** Injected so that tests and proxies can swap the transport; defaults to the global (undici) fetch. */
  fetch?: typeof fetch | undefined;
}

/** Files whose bytes Slack will not hand out any more. */
const UNAVAILABLE_MODES = new Set(['tombstone', 'hidden_by_limit']);

/**
 * Fill in files Slack sent without details: in busy workspaces Slack sends `file_access: "check_file_info"` with an id
 * only, and the name, type, size and URL must be read with files.info.
 */
export async function resolveFiles(
  files: SlackFile[],
  filesInfo: (id: string) => Promise<SlackFile | undefined>,
): Promise<SlackFile[]> {
  return Promise.all(
    files.map(async (file) =>
      file.file_access === 'check_file_info' && file.id ? ((await filesInfo(file.id)) ?? file) : file,
    ),
  );
}

/** The metadata the core checks before it ever asks for the bytes. */
export function describeFile(file: SlackFile): Pick<Attachment, 'fileName' | 'contentType' | 'sizeBytes'> {
  const fileName = file.name || file.title || file.id || 'file';
  const contentType = file.mimetype || (file.filetype === 'pdf' ? 'application/pdf' : undefined);
  return { fileName, contentType, sizeBytes: file.size };
}

/** An Attachment for a Slack file; nothing is fetched until the core calls `download`. */
export function createSlackAttachment(file: SlackFile, deps: SlackFileDeps): Attachment {
  const meta = describeFile(file);
  return {
    ...meta,
    download: ({ maxBytes, timeoutMs }) =>
      downloadSlackFile(file, meta.fileName, { maxBytes, timeoutMs }, deps),
  };
}

async function downloadSlackFile(
  file: SlackFile,
  fileName: string,
  limits: { maxBytes: number; timeoutMs: number },
  deps: SlackFileDeps,
): Promise<Uint8Array> {
  const params = { file: fileName, maxMb: Math.max(1, Math.floor(limits.maxBytes / (1024 * 1024))) };
  const url = file.url_private_download ?? file.url_private;
  if (!url || (file.mode && UNAVAILABLE_MODES.has(file.mode)))
    throw new UserError('slack.file_unavailable', params);
  // The metadata already says it is too big: refuse without spending a request on it.
  if (file.size !== undefined && file.size > limits.maxBytes)
    throw new UserError('slack.file_too_large', params);

  return boundedDownload({
    url,
    maxBytes: limits.maxBytes,
    timeoutMs: limits.timeoutMs,
    headers: { Authorization: `Bearer ${deps.botToken}` },
    fetch: deps.fetch,
    accept: async (response) => {
      if (!response.ok || !response.body) {
        deps.logger.warn({ status: response.status, fileId: file.id }, 'slack file download refused');
        await response.body?.cancel();
        throw new UserError('slack.download_failed', params);
      }
      // Without files:read, Slack answers 200 with its HTML sign-in page instead of the file.
      if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
        deps.logger.warn(
          { fileId: file.id },
          'slack sent a sign-in page instead of the file: is files:read granted?',
        );
        await response.body.cancel();
        throw new UserError('slack.download_failed', params);
      }
      return response.body;
    },
    tooLarge: () => new UserError('slack.file_too_large', params),
    timedOut: () => new UserError('slack.download_timeout', params),
    failed: (error) => {
      deps.logger.warn({ err: error, fileId: file.id }, 'slack file download failed');
      return new UserError('slack.download_failed', params);
    },
  });
}
