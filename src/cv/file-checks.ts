// Cheap checks on an upload before (metadata) and after (magic bytes) download, to refuse early and clearly.

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
// Readers accept junk before the header (mail gateways prepend some); PDF readers look in the first 1 KB.
const MAGIC_WINDOW = 1024;

/** Content types that say nothing about the file, so the extension is consulted instead. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary']);
const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf', 'application/acrobat', 'text/pdf']);
/** Extensions of files people send instead of a PDF. */
const OTHER_EXTENSIONS = new Set([
  'doc',
  'docx',
  'odt',
  'rtf',
  'pages',
  'hwp',
  'hwpx',
  'txt',
  'md',
  'html',
  'htm',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'heic',
  'zip',
  'ppt',
  'pptx',
  'key',
  'xls',
  'xlsx',
]);

/** True when the bytes carry a PDF header near the start, whatever the file is called. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, MAGIC_WINDOW) - PDF_MAGIC.length;
  for (let start = 0; start <= end; start += 1) {
    if (PDF_MAGIC.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

/** The lower-cased extension of a file name, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * True when the upload's metadata already rules out a PDF: a specific non-PDF content type on a file
 * not named .pdf, or a generic or missing type on a file named like a document of another kind.
 * Anything doubtful passes, and the magic bytes decide after download.
 */
export function metadataSaysNotPdf(fileName: string, contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const extension = extensionOf(fileName);
  if (PDF_TYPES.has(type) || extension === 'pdf') return false;
  if (GENERIC_TYPES.has(type)) return OTHER_EXTENSIONS.has(extension);
  return true;
}
