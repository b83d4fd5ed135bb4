// A loopback OpenAI-compatible server for the real openai SDK: records requests, and can be slow, fail or lie.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake does with one request. `delayMs` holds the reply back first. */
export type FakeBehaviour = { delayMs?: number } & (
  | { kind: 'reasonable' }
  | { kind: 'reply'; content: unknown; usage?: { promptTokens: number; completionTokens: number } }
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'rate_limit'; retryAfterSeconds: number }
  | { kind: 'hang' }
  | { kind: 'close' }
  | { kind: 'cut' }
  | { kind: 'invalid_json' }
  | { kind: 'schema_violation' }
  | { kind: 'made_up_quotes'; score?: number }
);

/** One request as the fake received it, with the prompt split for assertions. */
export interface RecordedRequest {
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  };
  authorization: string | undefined;
  /** evaluation | cv_questions | key_points | follow_ups, from the schema name (or the json_object prompt). */
  operation: string | undefined;
  system: string;
  user: string;
  /** Date.now() when the request body had arrived: lets e2e tests order requests against user actions. */
  receivedAt: number;
}

/** Decides one request's behaviour, or returns undefined to leave it to the queue and the default. */
export type FakeRoute = (request: RecordedRequest) => FakeBehaviour | undefined;

export interface FakeOpenAiServerOptions {
  /** What requests get when the queue is empty; "reasonable" by default. */
  defaultBehaviour?: FakeBehaviour;
  /** Extra delay per operation in "reasonable" mode (the latency bench's slow model). */
  latencyMs?: Partial<Record<'evaluation' | 'cv_questions' | 'key_points', number>>;
  /** False: answer 400 to response_format json_schema, as older local servers do. */
  supportsJsonSchema?: boolean;
}

export interface FakeOpenAiServer {
  /** Pass as the SDK's baseURL. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Behaviours for the next requests, in order. */
  enqueue(...behaviours: FakeBehaviour[]): void;
  setDefault(behaviour: FakeBehaviour): void;
  /**
   * Consult `route` before the queue for every request (routes added first are asked first), e.g. to fail
   * only evaluation calls or only answers that contain some text. Returns a function that removes it.
   */
  addRoute(route: FakeRoute): () => void;
  close(): Promise<void>;
}

/** Start the fake on 127.0.0.1 with a random port. */
export async function startFakeOpenAiServer(
  options: FakeOpenAiServerOptions = {},
): Promise<FakeOpenAiServer> {
  const queue: FakeBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const routes: FakeRoute[] = [];
  let fallback: FakeBehaviour = options.defaultBehaviour ?? { kind: 'reasonable' };
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        return sendJson(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'];
      const recorded = describe(body, req.headers.authorization);
      requests.push(recorded);
      if (options.supportsJsonSchema === false && body.response_format?.type === 'json_schema') {
        return sendJson(res, 400, {
          error: {
            message: "response_format type 'json_schema' is not supported",
            type: 'invalid_request_error',
          },
        });
      }
      let routed: FakeBehaviour | undefined;
      for (const route of routes) {
        routed = route(recorded);
        if (routed) break;
      }
      const behaviour = routed ?? queue.shift() ?? fallback;
      const extra =
        behaviour.kind === 'reasonable' ? (options.latencyMs?.[recorded.operation as 'evaluation'] ?? 0) : 0;
      const delay = (behaviour.delayMs ?? 0) + extra;
      const run = () => respond(res, req, behaviour, recorded);
      if (delay <= 0) return run();
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, delay);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...behaviours) => queue.push(...behaviours),
    setDefault: (behaviour) => {
      fallback = behaviour;
    },
    addRoute: (route) => {
      routes.push(route);
      return () => {
        const index = routes.indexOf(route);
        if (index >= 0) routes.splice(index, 1);
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function describe(body: RecordedRequest['body'], authorization: string | undefined): RecordedRequest {
  const system = body.messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n');
  const user = body.messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n');
  const operation =
    body.response_format?.json_schema?.name ?? /for "(\w+)", matching this JSON Schema/.exec(system)?.[1];
  return { body, authorization, operation, system, user, receivedAt: Date.now() };
}

function respond(
  res: http.ServerResponse,
  req: http.IncomingMessage,
  behaviour: FakeBehaviour,
  request: RecordedRequest,
) {
  switch (behaviour.kind) {
    case 'hang':
      return;
    case 'close':
      req.socket.destroy();
      return;
    case 'cut':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      res.write(
        '{"id":"chatcmpl-cut","object":"chat.completion","choices":[{"index":0,"message":{"role":"assi',
      );
      setTimeout(() => req.socket.destroy(), 5);
      return;
    case 'status':
      return sendJson(res, behaviour.status, {
        error: { message: behaviour.message ?? 'upstream failure', type: 'server_error' },
      });
    case 'rate_limit':
      return sendJson(
        res,
        429,
        { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
        { 'retry-after': String(behaviour.retryAfterSeconds) },
      );
    case 'reply':
      return sendCompletion(
        res,
        request,
        typeof behaviour.content === 'string' ? behaviour.content : JSON.stringify(behaviour.content),
        behaviour.usage,
      );
    case 'invalid_json':
      return sendCompletion(res, request, '{"score": 7, "keyPoints": [ {"point": ');
    case 'schema_violation':
      return sendCompletion(
        res,
        request,
        JSON.stringify({ score: 'ten', keyPoints: 'all of them', verdict: 'great' }),
      );
    case 'made_up_quotes':
      return sendCompletion(res, request, JSON.stringify(madeUpEvaluation(request, behaviour.score ?? 10)));
    case 'reasonable':
      return sendCompletion(res, request, JSON.stringify(reasonableReply(request)));
  }
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sendCompletion(
  res: http.ServerResponse,
  request: RecordedRequest,
  content: string,
  usage?: { promptTokens: number; completionTokens: number },
) {
  const promptTokens = usage?.promptTokens ?? Math.ceil(JSON.stringify(request.body.messages).length / 4);
  const completionTokens = usage?.completionTokens ?? Math.ceil(content.length / 4);
  sendJson(res, 200, {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  });
}

/** The text of a `<<<LABEL>>>` data block in the user message. */
export function dataBlockOf(request: RecordedRequest, label: string): string | undefined {
  const tag = label.toUpperCase().replace(/[^A-Z]+/g, '_');
  return new RegExp(`<<<${tag}>>>\\n([\\s\\S]*?)\\n<<<END_${tag}>>>`).exec(request.user)?.[1];
}

function keyPointsOf(request: RecordedRequest): string[] {
  return (dataBlockOf(request, 'key points') ?? '')
    .split('\n')
    .map((line) => line.replace(/^- /, '').trim())
    .filter(Boolean);
}

/** A real span of the answer: its first few words, cut at a word boundary. */
function spanOf(text: string, fromWord: number, words: number): string | undefined {
  const matches = [...text.matchAll(/\S+/g)];
  const start = matches[fromWord];
  const end = matches[Math.min(matches.length, fromWord + words) - 1];
  if (!start || !end || start.index === undefined || end.index === undefined) return undefined;
  return text.slice(start.index, end.index + end[0].length);
}

/**
 * Key points as a model might condense them: the opening words (at most eight) of each of the example
 * answer's first sentences, one point per sentence, or equal runs of words when it has too few sentences.
 */
export function reasonableKeyPoints(exampleAnswer: string, count: number): string[] {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  let units = exampleAnswer
    .split(/(?<=[.!?。])\s+/)
    .map(words)
    .filter((unit) => unit.length >= 2);
  if (units.length < count) {
    const all = words(exampleAnswer);
    const size = Math.max(1, Math.ceil(all.length / count));
    units = [];
    for (let start = 0; start < all.length; start += size) units.push(all.slice(start, start + size));
  }
  return units.slice(0, count).map((unit) =>
    unit
      .slice(0, 8)
      .join(' ')
      .replace(/[\s.,;:!?]+$/u, ''),
  );
}

function reasonableReply(request: RecordedRequest): unknown {
  const korean = request.system.includes('natural Korean');
  if (request.operation === 'key_points') {
    const count = Number(/Number of key points: (\d+)/.exec(request.user)?.[1] ?? 4);
    return { keyPoints: reasonableKeyPoints(dataBlockOf(request, 'example answer') ?? '', count) };
  }
  if (request.operation === 'follow_ups') {
    const count = Number(/Number of follow-up questions: (\d+)/.exec(request.user)?.[1] ?? 4);
    return {
      followUps: Array.from({ length: count }, (_, index) =>
        korean
          ? `${index + 1}번째 부분은 실제 서비스에서 어떻게 동작하나요?`
          : `How would part ${index + 1} work in a real service?`,
      ),
    };
  }
  if (request.operation === 'cv_questions') {
    const count = Number(/Number of questions: (\d+)/.exec(request.user)?.[1] ?? 5);
    const already = dataBlockOf(request, 'questions already chosen') ?? '';
    const lines = (dataBlockOf(request, 'cv') ?? '')
      .split('\n')
      .map((line) => line.trim())
      // A reasonable model asks about what the candidate did, not about a line of redaction marks.
      .filter((line) => line.replace(/\[(?:email|phone|address)\]/g, '').replace(/[\W_]+/g, '').length >= 4)
      .filter((line) => line.split(/\s+/).length >= 3 && !already.includes(line));
    return {
      questions: lines.slice(0, count).map((line) => ({
        question: korean
          ? `"${line}" 경험에서 맡은 역할은 무엇이었나요?`
          : `What was your own role in "${line}"?`,
        quote: line,
        criteria: [
          'names their own contribution',
          'explains a decision and its trade-off',
          'gives a measurable result',
        ],
      })),
    };
  }
  const answer = dataBlockOf(request, 'candidate answer') ?? '';
  const points = keyPointsOf(request);
  return {
    keyPoints: points.map((point, index) => ({
      point,
      status: index === 0 ? 'covered' : index === 1 ? 'partial' : 'missing',
      evidence:
        index === 0 ? (spanOf(answer, 0, 6) ?? null) : index === 1 ? (spanOf(answer, 3, 4) ?? null) : null,
    })),
    wrongClaims: [],
    score: 6,
    feedback: korean
      ? '핵심은 짚었지만 세부 설명이 더 필요합니다.'
      : 'You covered the core idea; add more detail.',
    modelAnswer: null,
    followUpQuestion: korean ? '그 선택의 단점은 무엇인가요?' : 'What is the downside of that choice?',
    star: null,
  };
}

function madeUpEvaluation(request: RecordedRequest, score: number): unknown {
  return {
    keyPoints: keyPointsOf(request).map((point, index) => ({
      point,
      status: 'covered',
      evidence: `I designed a globally distributed consensus layer serving ${index + 1} billion requests`,
    })),
    wrongClaims: [],
    score,
    feedback: 'Outstanding answer.',
    modelAnswer: null,
    followUpQuestion: null,
    star: null,
  };
}
