import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { authorizeRequest } from "@/lib/http/guard";
import { jsonError } from "@/lib/http/responses";
import { InterviewError } from "@/lib/interviews/errors";

const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);

export interface InterviewRouteContext {
  params: Promise<{ id: string }>;
}

type Handler = (input: {
  request: NextRequest;
  user: SessionUser;
  db: Database;
  interviewId: string;
}) => Promise<Response>;

/**
 * Wraps an interview route: the caller must be signed in, the id well-formed, and any
 * InterviewError becomes its JSON answer. Ownership is checked by the service itself.
 */
export function interviewRoute(handler: Handler) {
  return async (request: NextRequest, context: InterviewRouteContext) => {
    const auth = await authorizeRequest(request);
    if (!auth.ok) return auth.response;
    const id = idSchema.safeParse((await context.params).id);
    if (!id.success) return jsonError(404, "No such interview.", { code: "not_found" });
    try {
      return await handler({ request, user: auth.user, db: await getDb(), interviewId: id.data });
    } catch (error) {
      if (error instanceof InterviewError)
        return jsonError(error.status, error.message, { code: error.code, ...error.details });
      throw error;
    }
  };
}

export function noStore<T>(body: T, status = 200) {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}
