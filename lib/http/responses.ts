import { NextResponse } from "next/server";
import type { z } from "zod";

/** Every API error has the same shape: `{ error: "what is wrong", issues?: [...] }`. */
export function jsonError(status: number, error: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error, ...extra }, { status, headers: { "cache-control": "no-store" } });
}

export function validationError(error: z.ZodError, what = "request") {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const first = issues[0];
  const message = first ? `Invalid ${what}: ${first.path ? `${first.path}: ` : ""}${first.message}` : `Invalid ${what}`;
  return jsonError(400, message, { issues });
}
