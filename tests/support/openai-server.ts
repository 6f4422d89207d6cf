/**
 * An OpenAI-compatible model server on loopback, for the coach's tests and benchmark: POST
 * /v1/chat/completions, streamed (server-sent events) or not, with structured output, and the
 * failures a real server has: 401, 429 with retry-after, 500, a hang past the client's timeout,
 * a body that is not JSON, and answers naming ids that do not exist. Tests script the next
 * answers with `queue()` or set `respond`; every request is kept in `requests`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { languageInstruction } from "@/lib/coach/prompts";
import { GRADING_LANGUAGES, type GradingLanguage } from "@/lib/grading/locales";

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; schema?: unknown; strict?: boolean } };
}

export type Scenario =
  | { kind: "reply"; content: string; usage?: { prompt: number; completion: number }; chunkDelayMs?: number }
  | { kind: "status"; status: 401 | 429 | 500; retryAfterSeconds?: number }
  | { kind: "hang" }
  | { kind: "malformed-body" };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
  bytes: number;
  body: ChatRequest;
}

export interface ModelServer {
  /** The base URL to give the SDK (OPENAI_BASE_URL), ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Answers the next requests in order, before `respond` is asked. */
  queue: (...scenarios: Scenario[]) => void;
  /** The answer when nothing is queued. */
  respond: (request: ChatRequest) => Scenario;
  reset: () => void;
  close: () => Promise<void>;
}

/** The instructions a request carries: its system messages, joined. */
export function systemText(request: ChatRequest): string {
  return request.messages
    .filter((message) => message.role === "system")
    .map((message) => message.content)
    .join("\n");
}

/**
 * The language the request asks the model to answer in, by the app's own instruction
 * (lib/coach/prompts.ts, languageInstruction), or null when it names none: what a test checks
 * to know the coach was told to answer in the user's language.
 */
export function requestedLanguage(request: ChatRequest): GradingLanguage | null {
  const text = systemText(request);
  return (
    GRADING_LANGUAGES.find(
      (language) =>
        text.includes(languageInstruction(language, "feedback")) ||
        text.includes(languageInstruction(language, "chat")),
    ) ?? null
  );
}

const DEFAULT_USAGE = { prompt: 120, completion: 40 };

function completion(request: ChatRequest, content: string, usage: { prompt: number; completion: number }) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      { index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null },
    ],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  };
}

function chunk(request: ChatRequest, delta: object, finish: string | null) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  };
}

/** Splits a reply into small pieces, as a model writes a few characters at a time. */
export function pieces(content: string, size = 12): string[] {
  const out: string[] = [];
  for (let i = 0; i < content.length; i += size) out.push(content.slice(i, i + size));
  return out.length ? out : [""];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stream(response: ServerResponse, request: ChatRequest, scenario: Extract<Scenario, { kind: "reply" }>) {
  response.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  const send = (data: object | string) =>
    response.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
  send(chunk(request, { role: "assistant", content: "" }, null));
  for (const piece of pieces(scenario.content)) {
    if (scenario.chunkDelayMs) await sleep(scenario.chunkDelayMs);
    if (response.destroyed) return;
    send(chunk(request, { content: piece }, null));
  }
  send(chunk(request, {}, "stop"));
  if (request.stream_options?.include_usage) {
    const usage = scenario.usage ?? DEFAULT_USAGE;
    send({
      ...chunk(request, {}, null),
      choices: [],
      usage: {
        prompt_tokens: usage.prompt,
        completion_tokens: usage.completion,
        total_tokens: usage.prompt + usage.completion,
      },
    });
  }
  send("[DONE]");
  response.end();
}

function errorBody(status: number) {
  const [type, message] =
    status === 401
      ? ["invalid_request_error", "Incorrect API key provided."]
      : status === 429
        ? ["rate_limit_exceeded", "Rate limit reached."]
        : ["server_error", "The server had an error while processing your request."];
  return JSON.stringify({ error: { message, type, code: type } });
}

function readJson(request: IncomingMessage): Promise<{ raw: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    request.on("data", (part: Buffer) => parts.push(part));
    request.on("error", reject);
    request.on("end", () => {
      const raw = Buffer.concat(parts).toString("utf8");
      try {
        resolve({ raw, body: JSON.parse(raw) });
      } catch {
        resolve({ raw, body: undefined });
      }
    });
  });
}

export async function startModelServer(
  options: { port?: number; respond?: (request: ChatRequest) => Scenario } = {},
): Promise<ModelServer> {
  const queued: Scenario[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const state: ModelServer = {
    baseURL: "",
    requests,
    queue: (...scenarios) => void queued.push(...scenarios),
    respond: options.respond ?? (() => ({ kind: "reply", content: "Tell me more about your design." })),
    reset: () => {
      queued.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((incoming, response) => {
    void (async () => {
      const url = incoming.url ?? "";
      // What the tests and the browser tests read back: every request, as received.
      if (incoming.method === "GET" && url === "/__requests") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(requests));
        return;
      }
      if (incoming.method !== "POST" || !/\/chat\/completions$/.test(url)) {
        response.writeHead(404, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: `No route ${incoming.method} ${url}` } }));
        return;
      }
      const { raw, body } = await readJson(incoming);
      const request = body as ChatRequest;
      requests.push({ path: url, headers: incoming.headers, bytes: Buffer.byteLength(raw), body: request });
      const scenario = queued.shift() ?? state.respond(request);
      switch (scenario.kind) {
        case "status":
          response.writeHead(scenario.status, {
            "content-type": "application/json",
            ...(scenario.retryAfterSeconds !== undefined ? { "retry-after": String(scenario.retryAfterSeconds) } : {}),
          });
          response.end(errorBody(scenario.status));
          return;
        case "hang":
          // Never answers; the client's timeout must end it.
          hanging.add(response);
          response.on("close", () => hanging.delete(response));
          return;
        case "malformed-body":
          response.writeHead(200, { "content-type": "application/json" });
          response.end('{"id": "chatcmpl-test", "choices": [');
          return;
        case "reply":
          if (request.stream) return stream(response, request, scenario);
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify(completion(request, scenario.content, scenario.usage ?? DEFAULT_USAGE)));
      }
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
