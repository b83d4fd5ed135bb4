// The REST half of the fake: the routes discord.js calls, answered from the fake's state.
import { dmChannelJson, nextId, textChannelJson, threadJson } from './payloads.js';
import type { UploadedFile } from './request-body.js';
import type { FakeState } from './state.js';

/** What a route answers: a status and an optional JSON body. */
export interface RouteResult {
  status: number;
  body?: unknown;
}

const apiError = (status: number, code: number, message: string): RouteResult => ({
  status,
  body: { code, message },
});

type Handler = (
  match: RegExpMatchArray,
  body: unknown,
  state: FakeState,
  files: UploadedFile[],
) => RouteResult;

/** Discord's default upload limit: 10 MiB for all the files of one request together. */
export const FAKE_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** Route table: method, path pattern under /api/v10, handler. */
const routes: [string, RegExp, Handler][] = [
  [
    'GET',
    /^\/gateway\/bot$/,
    (_m, _b, state) => ({ status: 200, body: gatewayBot(state.gatewayUrl(), state.recommendedShards) }),
  ],
  ['PUT', /^\/applications\/(\d+)\/commands$/, (_m, body) => registered(body)],
  ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (_m, body) => registered(body)],
  [
    'POST',
    /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    (m, body, state) => {
      state.acknowledge(m[2]!, body);
      return { status: 204 };
    },
  ],
  [
    'PATCH',
    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    (m, body, state, files) => ({
      status: 200,
      body: state.storeInteractionMessage(m[2]!, body, true, files),
    }),
  ],
  [
    'POST',
    /^\/webhooks\/(\d+)\/([^/]+)$/,
    (m, body, state, files) => ({
      status: 200,
      body: state.storeInteractionMessage(m[2]!, body, false, files),
    }),
  ],
  ['POST', /^\/users\/@me\/channels$/, (_m, body, state) => openDm(body, state)],
  [
    'POST',
    /^\/channels\/(\d+)\/messages$/,
    (m, body, state, files) => postMessage(m[1]!, body, state, files),
  ],
  [
    'PATCH',
    /^\/channels\/(\d+)\/messages\/(\d+)$/,
    (m, body, state, files) => editMessage(m[1]!, m[2]!, body, state, files),
  ],
  ['POST', /^\/channels\/(\d+)\/threads$/, (m, body, state) => createThread(m[1]!, body, state)],
  [
    'POST',
    /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
    (m, body, state) => startThreadOnMessage(m[1]!, m[2]!, body, state),
  ],
  ['GET', /^\/channels\/(\d+)$/, (m, _b, state) => getChannel(m[1]!, state)],
  [
    'PUT',
    /^\/channels\/(\d+)\/thread-members\/(\d+)$/,
    (m, _b, state) => {
      state.threads.get(m[1]!)?.members.add(m[2]!);
      return { status: 204 };
    },
  ],
  ['POST', /^\/channels\/(\d+)\/typing$/, () => ({ status: 204 })],
];

/**
 * Answer one REST call, or 404 for a route the fake does not know (the test then sees it in `calls`).
 * Uploads over Discord's default limit are refused as Discord does, with 413 and code 40005.
 */
export function handleRest(
  method: string,
  path: string,
  body: unknown,
  state: FakeState,
  files: UploadedFile[] = [],
): RouteResult {
  if (files.reduce((sum, file) => sum + file.size, 0) > FAKE_UPLOAD_LIMIT_BYTES) {
    return apiError(413, 40005, 'Request entity too large');
  }
  for (const [routeMethod, pattern, handler] of routes) {
    if (routeMethod !== method) continue;
    const match = path.match(pattern);
    if (match) return handler(match, body, state, files);
  }
  return apiError(404, 0, `Fake Discord has no route for ${method} ${path}`);
}

function gatewayBot(url: string, shards: number) {
  return {
    url,
    shards,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
  };
}

function registered(body: unknown): RouteResult {
  const list = Array.isArray(body) ? body : [];
  return { status: 200, body: list.map((command) => ({ id: nextId(), version: '1', ...command })) };
}

function openDm(body: unknown, state: FakeState): RouteResult {
  const recipientId = (body as { recipient_id?: string } | undefined)?.recipient_id ?? '';
  const user = state.users.get(recipientId);
  if (!user) return apiError(400, 50035, 'Invalid Form Body');
  return { status: 200, body: dmChannelJson(state.dmChannelOf(user.id), user) };
}

function postMessage(channelId: string, body: unknown, state: FakeState, files: UploadedFile[]): RouteResult {
  if (state.noAccess.has(channelId)) return apiError(403, 50001, 'Missing Access');
  const dmUser = state.dmOwner(channelId);
  if (dmUser && state.closedDms.has(dmUser)) {
    return apiError(403, 50007, 'Cannot send messages to this user');
  }
  const thread = state.threads.get(channelId);
  const guildId = thread
    ? state.guild.id
    : state.guild.channels.some((c) => c.id === channelId)
      ? state.guild.id
      : undefined;
  return { status: 200, body: state.storeMessage(channelId, body, guildId, files) };
}

function editMessage(
  channelId: string,
  messageId: string,
  body: unknown,
  state: FakeState,
  files: UploadedFile[],
): RouteResult {
  const edited = state.editMessage(channelId, messageId, body, files);
  return edited ? { status: 200, body: edited } : apiError(404, 10008, 'Unknown Message');
}

function createThread(parentId: string, body: unknown, state: FakeState): RouteResult {
  if (state.threadsDenied.has(parentId)) return apiError(403, 50013, 'Missing Permissions');
  if (!state.guild.channels.some((c) => c.id === parentId)) return apiError(404, 10003, 'Unknown Channel');
  const { name = 'thread' } = (body ?? {}) as { name?: string };
  const id = nextId();
  state.threads.set(id, { parentId, name, members: new Set([state.bot.id]) });
  const thread = threadJson(id, state.guild.id, parentId, state.bot.id, name);
  state.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
  return { status: 201, body: thread };
}

/** A thread started on a channel message: public, and, as on Discord, its id is the message's id. */
function startThreadOnMessage(
  channelId: string,
  messageId: string,
  body: unknown,
  state: FakeState,
): RouteResult {
  if (state.noAccess.has(channelId)) return apiError(403, 50001, 'Missing Access');
  if (state.threadsDenied.has(channelId)) return apiError(403, 50013, 'Missing Permissions');
  if (!state.messages.get(channelId)?.some((m) => m.id === messageId))
    return apiError(404, 10008, 'Unknown Message');
  if (state.threads.has(messageId))
    return apiError(400, 160004, 'A thread has already been created for this message');
  const { name = 'thread' } = (body ?? {}) as { name?: string };
  state.threads.set(messageId, { parentId: channelId, name, members: new Set([state.bot.id]), type: 11 });
  const thread = threadJson(messageId, state.guild.id, channelId, state.bot.id, name, 11);
  state.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
  return { status: 201, body: thread };
}

function getChannel(channelId: string, state: FakeState): RouteResult {
  if (state.noAccess.has(channelId)) return apiError(403, 50001, 'Missing Access');
  const channel = state.guild.channels.find((c) => c.id === channelId);
  if (channel) return { status: 200, body: textChannelJson(channel.id, state.guild.id, channel.name) };
  const thread = state.threads.get(channelId);
  if (thread)
    return {
      status: 200,
      body: threadJson(channelId, state.guild.id, thread.parentId, state.bot.id, thread.name, thread.type),
    };
  return apiError(404, 10003, 'Unknown Channel');
}
