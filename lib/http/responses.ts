import { NextResponse } from "next/server";
import type { AppError } from "@/lib/errors/app-error";

// Answers of the API are about one user's data or change at every call: never cached.
const NO_STORE = { "cache-control": "no-store" };

/** A JSON answer (200 unless told otherwise), never cached. */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

/** A JSON answer already serialised (by a worker thread, say), sent as is: 200, never cached. */
export function jsonText(text: string) {
  return new Response(text, { status: 200, headers: { "content-type": "application/json", ...NO_STORE } });
}

/**
 * The one error body: `{ error, code, issues?, ...details }` with the status of the code
 * (ERROR_STATUS in lib/errors/app-error.ts). `error` is for people; `code` is for programs.
 */
export function errorResponse(error: AppError) {
  const { error: _error, code: _code, ...details } = error.details as Record<string, unknown>;
  const retryAfter =
    typeof details.retryAfterSeconds === "number" ? { "retry-after": String(details.retryAfterSeconds) } : undefined;
  return json({ error: error.message, code: error.code, ...details }, { status: error.status, headers: retryAfter });
}

/**
 * A redirect after a form post. The Location is relative: behind a proxy, or on 127.0.0.1 vs
 * localhost, request.url may name another host than the browser used, and the session
 * cookie would not follow there.
 */
export function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } });
}
