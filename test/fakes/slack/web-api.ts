// A loopback Slack Web API: answers the methods Bolt and the adapter call (file uploads included),
// and records every call.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call (or response_url post). */
export interface RecordedCall {
  /** Order across Web API calls and response_url posts alike. */
  seq: number;
  method: string;
  /** Parsed body; JSON-looking form fields (blocks) are parsed too. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** What the fake answered (Web API calls only). */
  reply?: Record<string, unknown>;
}

/** A file shared through files.uploadV2: its bytes once POSTed, where it went once completed. */
export interface FakeUpload {
  fileId: string;
  filename: string;
  /** What files.getUploadURLExternal was told the size would be. */
  declaredLength: number;
  bytes?: Uint8Array;
  channelId?: string;
  threadTs?: string;
  title?: string;
  /** The image description getUploadURLExternal was given, if any. */
  altText?: string;
}

/** What users.info says about a user. */
export interface FakeSlackUser {
  id: string;
  name?: string;
  real_name?: string;
  locale?: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

export interface FakeSlackWebApi {
  /** Base URL for SLACK_API_URL, ending in /api/. */
  readonly apiUrl: string;
  /** Base URL for response_url values: {responseUrlBase}{anything}. */
  readonly responseUrlBase: string;
  readonly calls: RecordedCall[];
  /** Files uploaded through the getUploadURLExternal → POST → completeUploadExternal flow. */
  readonly uploads: FakeUpload[];
  /** Posts Bolt's respond() made to response_url. */
  readonly responses: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  setUser(user: FakeSlackUser): void;
  setFile(file: Record<string, unknown> & { id: string }): void;
  /** Where apps.connections.open points Socket Mode clients. */
  setSocketUrl(url: string): void;
  /** Make the next call to `method` answer { ok: false, error }. */
  failNext(method: string, error: string): void;
  /** Hear every Web API call as it is answered (the load bench times the bot's replies with it). */
  onCall(listener: (call: RecordedCall) => void): void;
  /**
   * A public or private channel the fake knows: conversations.info reports whether the bot is a
   * member, and posting there while it is not answers not_in_channel, as Slack does.
   */
  setChannel(channelId: string, info: { botIsMember: boolean; members?: string[] }): void;
  close(): Promise<void>;
}

export const FAKE_TEAM_ID = 'T0CLUB';
export const FAKE_BOT_USER_ID = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';

/** Start the fake on 127.0.0.1 with a random port. */
export async function startFakeSlackWebApi(): Promise<FakeSlackWebApi> {
  const calls: RecordedCall[] = [];
  const responses: RecordedCall[] = [];
  const users = new Map<string, FakeSlackUser>();
  const files = new Map<string, Record<string, unknown>>();
  const failures = new Map<string, string>();
  const uploads: FakeUpload[] = [];
  const listeners: ((call: RecordedCall) => void)[] = [];
  const channels = new Map<string, { botIsMember: boolean; members: string[] }>();
  let base = '';
  let socketUrl = '';
  let tsCounter = 0;
  let seq = 0;
  const nextTs = () => `1700000000.${String(++tsCounter).padStart(6, '0')}`;

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return { ok: false, error: failure };
    }
    const channel = channels.get(String(body.channel));
    if (channel && !channel.botIsMember && method.startsWith('chat.'))
      return { ok: false, error: 'not_in_channel' };
    if (channel && method === 'chat.postEphemeral' && !channel.members.includes(String(body.user)))
      return { ok: false, error: 'user_not_in_channel' };
    switch (method) {
      case 'conversations.info':
        return channel
          ? { ok: true, channel: { id: body.channel, is_channel: true, is_member: channel.botIsMember } }
          : { ok: false, error: 'channel_not_found' };
      case 'auth.test':
        return {
          ok: true,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
          team_id: FAKE_TEAM_ID,
          team: 'Club',
        };
      case 'apps.connections.open':
        return { ok: true, url: socketUrl };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users).split(',')[0]}` } };
      case 'chat.postMessage':
      case 'chat.update': {
        const ts = method === 'chat.update' ? String(body.ts) : nextTs();
        return { ok: true, channel: body.channel, ts, message: { text: body.text, ts } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'users.info': {
        const user = users.get(String(body.user));
        return user ? { ok: true, user } : { ok: false, error: 'user_not_found' };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(uploads.length + 1).padStart(6, '0')}`;
        uploads.push({
          fileId,
          filename: String(body.filename),
          declaredLength: Number(body.length),
          ...(body.alt_text === undefined ? {} : { altText: String(body.alt_text) }),
        });
        return { ok: true, file_id: fileId, upload_url: `${base}/upload/${fileId}` };
      }
      case 'files.completeUploadExternal': {
        const listed = body.files as { id: string; title?: string }[];
        const done = listed.map((entry) => uploads.find((upload) => upload.fileId === entry.id));
        // Slack refuses to complete a file whose bytes never arrived.
        if (done.some((upload) => !upload?.bytes)) return { ok: false, error: 'file_not_found' };
        for (const [index, upload] of done.entries()) {
          Object.assign(upload!, {
            channelId: body.channel_id === undefined ? undefined : String(body.channel_id),
            threadTs: body.thread_ts === undefined ? undefined : String(body.thread_ts),
            title: listed[index]?.title,
          });
        }
        return { ok: true, files: listed.map((entry) => ({ id: entry.id, title: entry.title })) };
      }
      case 'files.info': {
        const file = files.get(String(body.file));
        return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
      }
      default:
        return { ok: true };
    }
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/upload/')) return receiveUpload(req, res, url.pathname.slice(8));
    const call: RecordedCall = {
      seq: ++seq,
      method: url.pathname.replace(/^\/(api|respond)\//, ''),
      body: await readBody(req),
      authorization: req.headers.authorization,
    };
    if (url.pathname.startsWith('/respond/')) {
      responses.push(call);
      return reply(res, 200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return reply(res, 404, { ok: false, error: 'unknown_path' });
    call.reply = answer(call.method, call.body);
    calls.push(call);
    reply(res, 200, call.reply);
    for (const listener of listeners) listener(call);
  });
  /** The upload URL: the WebClient POSTs the bytes as multipart form data, in a field named "body". */
  const receiveUpload = async (req: IncomingMessage, res: ServerResponse, fileId: string) => {
    const upload = uploads.find((candidate) => candidate.fileId === fileId);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!upload) return reply(res, 404, { ok: false, error: 'unknown_upload' });
    const form = await new Response(Buffer.concat(chunks), {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData();
    const part = form.get('body');
    if (!(part instanceof Blob)) return reply(res, 400, { ok: false, error: 'no_file_data' });
    upload.bytes = new Uint8Array(await part.arrayBuffer());
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${upload.bytes.byteLength}`);
  };

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrlBase: `${base}/respond/`,
    calls,
    uploads,
    responses,
    callsTo: (method) => calls.filter((call) => call.method === method),
    setUser: (user) => users.set(user.id, user),
    setFile: (file) => files.set(file.id, file),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    failNext: (method, error) => failures.set(method, error),
    onCall: (listener) => listeners.push(listener),
    setChannel: (channelId, info) =>
      channels.set(channelId, { botIsMember: info.botIsMember, members: info.members ?? [] }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw);
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The WebClient sends arrays and objects (blocks) as JSON strings inside form fields.
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
