/**
 * The one way the app calls the language model: the OpenAI SDK's Chat Completions, streamed,
 * against OPENAI_BASE_URL (any compatible server), with the configured timeout and the SDK's
 * retries with backoff. Every call counts against the user's daily budget and is recorded
 * with its token usage, whether it worked or not. Failures become one AppError with a short
 * message a person can act on; nothing the model says ever reaches a grade.
 */
import OpenAI from "openai";
import type {
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type { OpenAIConfig } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type CoachPurpose = "feedback" | "chat" | "labels";

const clients = new Map<string, OpenAI>();

function clientFor(config: OpenAIConfig): OpenAI {
  const key = JSON.stringify([config.apiKey, config.baseURL, config.timeoutMs, config.maxRetries]);
  let client = clients.get(key);
  if (!client) {
    client = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
    });
    clients.set(key, client);
  }
  return client;
}

/** Refuses when there is no model, so the page can say what a key would add. */
export function requireModel(config: OpenAIConfig | undefined): OpenAIConfig {
  if (!config) {
    throw new AppError(
      "coach_not_configured",
      "The AI coach is off: set OPENAI_API_KEY or OPENAI_BASE_URL to turn it on.",
    );
  }
  return config;
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Calls left today for this user (every call counts, failed ones too: they cost the provider). */
export async function callsLeftToday(db: Database, userId: string, config: OpenAIConfig, now = new Date()) {
  const used = await db.coachCall.count({ where: { userId, createdAt: { gte: startOfUtcDay(now) } } });
  return Math.max(0, config.dailyCalls - used);
}

export async function assertWithinBudget(db: Database, userId: string, config: OpenAIConfig): Promise<void> {
  if ((await callsLeftToday(db, userId, config)) > 0) return;
  throw new AppError(
    "budget_exhausted",
    `You have used today's ${config.dailyCalls} coach calls. The budget resets at midnight UTC.`,
  );
}

/** An SDK failure in words a candidate can act on (the details go to the server log). */
export function modelFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  let message = "The coach could not answer just now. Try again.";
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    message = "The coach's model refused the server's key. Try again later; if it persists, tell the administrator.";
  } else if (error instanceof OpenAI.RateLimitError) {
    message = "The coach's model is busy right now. Try again in a minute.";
  } else if (error instanceof OpenAI.APIConnectionTimeoutError) {
    message = "The coach's model took too long to answer. Try again.";
  } else if (error instanceof OpenAI.APIConnectionError) {
    message = "The coach's model could not be reached. Try again in a moment.";
  } else if (error instanceof SyntaxError || error instanceof UnreadableAnswerError) {
    message = "The coach's answer could not be read. Try again.";
  }
  console.error("[scaleboard] coach call failed:", error instanceof Error ? error.message : error);
  return new AppError("model_failed", message);
}

/** The model answered, but not in the shape asked for. */
export class UnreadableAnswerError extends Error {
  constructor(detail: string) {
    super(`The model's answer did not fit the expected shape: ${detail}`);
    this.name = "UnreadableAnswerError";
  }
}

export interface CallResult {
  content: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/**
 * Streams one chat completion, handing each piece of text to `onDelta`, and records the call.
 * `response_format` asks for structured output where the server supports it.
 */
export async function callModel(
  db: Database,
  request: {
    config: OpenAIConfig;
    userId: string;
    interviewId: string;
    purpose: CoachPurpose;
    messages: ChatCompletionMessageParam[];
    responseFormat?: ChatCompletionCreateParamsStreaming["response_format"];
    signal?: AbortSignal;
    onDelta?: (text: string) => void;
  },
): Promise<CallResult> {
  const { config } = request;
  const params: ChatCompletionCreateParamsStreaming = {
    model: config.model,
    messages: request.messages,
    stream: true,
    stream_options: { include_usage: true },
    ...(request.responseFormat ? { response_format: request.responseFormat } : {}),
  };
  const requestBytes = Buffer.byteLength(JSON.stringify(params));
  const started = performance.now();
  let content = "";
  let model = config.model;
  let promptTokens = 0;
  let completionTokens = 0;
  let ok = false;
  try {
    const stream = await clientFor(config).chat.completions.create(params, { signal: request.signal });
    for await (const chunk of stream) {
      if (chunk.model) model = chunk.model;
      if (chunk.usage) {
        promptTokens = chunk.usage.prompt_tokens;
        completionTokens = chunk.usage.completion_tokens;
      }
      const text = chunk.choices[0]?.delta?.content;
      if (text) {
        content += text;
        request.onDelta?.(text);
      }
    }
    ok = true;
    return { content, model, promptTokens, completionTokens };
  } catch (error) {
    throw modelFailure(error);
  } finally {
    await db.coachCall.create({
      data: {
        userId: request.userId,
        interviewId: request.interviewId,
        purpose: request.purpose,
        model,
        ok,
        promptTokens,
        completionTokens,
        requestBytes,
        durationMs: Math.round(performance.now() - started),
      },
    });
  }
}
