import { randomUUID } from "node:crypto";
import { parseEnv } from "@/lib/config/env";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";

/** Opens (and migrates) the run's database, as the app does at start. */
export function openTestDatabase(): Promise<OpenDatabase> {
  return openDatabase(parseEnv().database);
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A real next-auth session cookie for a user id, signed with the app's secret. */
export async function sessionCookieFor(uid: string): Promise<string> {
  const { encode } = await import("next-auth/jwt");
  const { getEnv } = await import("@/lib/config/env");
  const token = await encode({ token: { uid, sub: uid }, secret: getEnv().auth.secret });
  return `next-auth.session-token=${token}`;
}

/**
 * A NextRequest as a route handler receives it, optionally signed in, with a JSON body and
 * other headers (Accept-Language).
 */
export async function apiRequest(
  path: string,
  init: { cookie?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const { NextRequest } = await import("next/server");
  const body =
    init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  const headers: Record<string, string> = { "content-type": "application/json", ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  return new NextRequest(new URL(path, "http://localhost:3000"), { method: init.method ?? "GET", body, headers });
}

export function routeParams<T extends Record<string, string>>(params: T) {
  return { params: Promise.resolve(params) };
}
