// Reads a REST request body the way Discord does: JSON, or multipart with `payload_json` plus files.
import type { IncomingMessage } from 'node:http';

/** A file uploaded in a multipart request: its form field (`files[n]`), name, type and bytes. */
export interface UploadedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
  bytes: Uint8Array;
}

export interface ParsedBody {
  json: unknown;
  files: UploadedFile[];
}

/** Read and parse the whole body of `req`. */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  if (contentType.includes('json')) return { json: JSON.parse(raw.toString('utf8')), files: [] };
  return { json: raw.toString('utf8'), files: [] };
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  // The platform's own multipart parser (undici) reads what discord.js's FormData wrote.
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = JSON.parse(value);
    } else {
      const bytes = new Uint8Array(await value.arrayBuffer());
      files.push({ field, name: value.name, size: value.size, contentType: value.type, bytes });
    }
  }
  return { json, files };
}
