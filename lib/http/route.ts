/**
 * The one way to write a route handler. Every `route.ts` exports its methods through it:
 *
 *   export const PUT = route(
 *     { auth: "user", params: interviewParamsSchema, body: saveDraftBodySchema, maxBodyBytes: SAVE_BODY_MAX_BYTES },
 *     async ({ db, user, params, body }) => json(await saveDraft(db, user.id, params.id, body)),
 *   );
 *
 * In order, for every request: authentication (the account and its role read from the
 * database, lib/http/auth.ts), then params, query and body validated with the route's zod
 * schemas (the body read through the capped reader of body.ts, never `request.json()`),
 * then the handler, which calls services in lib/<domain> with `db`. A service refuses by
 * throwing an AppError; this turns it into `{ error, code, issues?, ...details }` with the
 * status of its code (lib/errors/app-error.ts). Anything else is logged and answers 500.
 *
 * Extension points, so a new check is written once, here, not in each route:
 * - Checks on the request alone (Origin / Sec-Fetch-Site against cross-site forgery, the
 *   content type a JSON body must have, rate limits) go first in `handle`, where it says so,
 *   before anything is read; a per-route setting for one becomes a field of RouteOptions.
 * - Per-route body limits: `maxBodyBytes` (default DEFAULT_MAX_BODY_BYTES).
 * - Streaming answers (server-sent events, a model's reply as it is written): the handler
 *   returns `new Response(stream, { headers: { "content-type": "text/event-stream" } })` and
 *   it goes out as is. Errors thrown before that become JSON errors as usual; once the
 *   stream has started, the stream reports its own errors (an `event: error` message).
 * - A route that must answer some error differently (a plain HTML form redirected to sign-in
 *   instead of a 401) passes `onError`.
 */
import { getToken } from "next-auth/jwt";
import { unstable_rethrow } from "next/navigation";
import { NextRequest } from "next/server";
import type { z } from "zod";
import { getEnv } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { authorize, type AuthRequirement } from "@/lib/http/auth";
import { readBody, type BodyFormat } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/responses";
import { parseInput, parseParams } from "@/lib/http/validation";
import { getDb } from "@/lib/startup/database";

/** The body limit of a route that sets none: ample for any JSON form or command. */
export const DEFAULT_MAX_BODY_BYTES = 100_000;

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteOptions<A extends AuthRequirement, P extends Schema, Q extends Schema, B extends Schema> {
  /** Who may call: "public", any signed-in "user", or `{ roles: [...] }`. */
  auth: A;
  /** The path's params; one that does not parse answers 404 with the schema's message. */
  params?: P;
  /** The query string, as an object (a repeated key becomes an array). */
  query?: Q;
  /** The body, read in `bodyFormat` (default "json"; an empty JSON body is `undefined`). */
  body?: B;
  bodyFormat?: BodyFormat;
  /** Bytes the body may have; more answers 413 while the body is still arriving. */
  maxBodyBytes?: number;
  /** Answers an error itself; returning undefined leaves it to the standard error body. */
  onError?: (error: AppError, request: NextRequest) => Response | undefined;
}

/** Who is calling: nobody in particular on a public route; a user, and the database, otherwise. */
type Caller<A extends AuthRequirement> = A extends "public" ? { user: null } : { user: SessionUser; db: Database };

export type RouteContext<
  A extends AuthRequirement,
  P extends Schema,
  Q extends Schema,
  B extends Schema,
> = Caller<A> & { request: NextRequest; params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> };

/** What Next.js passes a route handler; tests call handlers the same way (context left out without params). */
type NextContext = { params?: Promise<unknown> };

async function caller<A extends AuthRequirement>(request: NextRequest, auth: A): Promise<Caller<A>> {
  if (auth === "public") return { user: null } as Caller<A>;
  const token = await getToken({ req: request, secret: getEnv().auth.secret });
  const db = await getDb();
  const user = await authorize(db, token?.uid, auth);
  return { user, db } as Caller<A>;
}

function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

export function route<
  A extends AuthRequirement,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(options: RouteOptions<A, P, Q, B>, handler: (context: RouteContext<A, P, Q, B>) => Response | Promise<Response>) {
  return async function handle(incoming: Request, context?: NextContext): Promise<Response> {
    const request = incoming instanceof NextRequest ? incoming : new NextRequest(incoming);
    try {
      // Checks on the request alone go here, before anything is read or looked up.
      const who = await caller(request, options.auth);
      const params = options.params ? parseParams(options.params, await context?.params) : undefined;
      const query = options.query
        ? parseInput(options.query, queryObject(request.nextUrl.searchParams), "query")
        : undefined;
      const body = options.body
        ? parseInput(
            options.body,
            await readBody(request, options.bodyFormat ?? "json", options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
            "request",
          )
        : undefined;
      return await handler({ ...who, request, params, query, body } as RouteContext<A, P, Q, B>);
    } catch (error) {
      // redirect() and notFound() are Next.js's own control flow, not failures.
      unstable_rethrow(error);
      if (error instanceof AppError) return options.onError?.(error, request) ?? errorResponse(error);
      console.error(`[scaleboard] ${request.method} ${request.nextUrl.pathname} failed:`, error);
      return errorResponse(new AppError("internal", "Something went wrong on our side. Try again in a moment."));
    }
  };
}
