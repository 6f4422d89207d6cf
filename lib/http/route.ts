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
 * Before all that, checks on the request alone (lib/http/request-checks.ts): a state-changing
 * request (POST, PUT, PATCH, DELETE) a browser sent from another origin answers 403
 * "cross_origin", and a JSON body sent as anything but application/json 415. Every body a
 * state-changing request carries is read through the capped reader, whatever its framing
 * (Content-Length or chunked): a route without a body schema (next-auth's) gets the request
 * again with the bytes read, so nothing is ever read uncapped.
 *
 * Extension points, so a new check is written once, here, not in each route:
 * - A new check on the request alone goes first in `handle`, where it says so; a per-route
 *   setting for one becomes an optional field of RouteOptions.
 * - Per-route body limits: `maxBodyBytes` (default DEFAULT_MAX_BODY_BYTES).
 * - Rate limits: `rateLimit` (lib/http/rate-limit.ts), per client address or per any key
 *   taken from the request, its parsed params and the caller (counted after authentication,
 *   in the database, so every instance counts against the same limit).
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
import { readBody, readBytesCapped, stripNulFromFields, type BodyFormat } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { consumeRateLimit, type RateLimitRule } from "@/lib/http/rate-limit";
import { acceptsContentType, assertSameOrigin, isStateChanging, unsupportedMediaType } from "@/lib/http/request-checks";
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
  bodyFormat?: Exclude<BodyFormat, "raw">;
  /** Bytes the body may have (with a schema or without); more answers 413 while the body is still arriving. */
  maxBodyBytes?: number;
  /**
   * At most `limit` requests per `windowMs` for each key: the client's address (`per:
   * "address"`) or what `per` makes of the request and its params. 429 past it.
   */
  rateLimit?: RateLimitRule & { per: "address" | RateLimitKey<A, P> };
  /** Answers an error itself; returning undefined leaves it to the standard error body. */
  onError?: (error: AppError, request: NextRequest) => Response | undefined;
}

/** What a rate limit counts by, from the request, its params and the caller. */
type RateLimitKey<A extends AuthRequirement, P extends Schema> = (
  request: NextRequest,
  params: Parsed<P>,
  user: Caller<A>["user"],
) => string;

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

function hasDeclaredBody(request: Request): boolean {
  return Number(request.headers.get("content-length") ?? "0") > 0;
}

/** The same request, its body read through the capped reader (413 past `maxBytes`). */
async function withCappedBody(request: NextRequest, maxBytes: number): Promise<NextRequest> {
  const bytes = await readBytesCapped(request, maxBytes);
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(bytes.byteLength));
  return new NextRequest(request.nextUrl, {
    method: request.method,
    headers,
    body: bytes.byteLength > 0 ? bytes : undefined,
  });
}

export function route<
  A extends AuthRequirement,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(options: RouteOptions<A, P, Q, B>, handler: (context: RouteContext<A, P, Q, B>) => Response | Promise<Response>) {
  return async function handle(incoming: Request, context?: NextContext): Promise<Response> {
    let request = incoming instanceof NextRequest ? incoming : new NextRequest(incoming);
    const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const bodyFormat = options.bodyFormat ?? "json";
    try {
      // Checks on the request alone go here, before anything is read or looked up.
      assertSameOrigin(request);
      if (options.body && !acceptsContentType(request, bodyFormat) && hasDeclaredBody(request))
        throw unsupportedMediaType(bodyFormat);
      const params = options.params ? parseParams(options.params, await context?.params) : undefined;
      const who = await caller(request, options.auth);
      if (options.rateLimit) {
        const { per } = options.rateLimit;
        const key =
          per === "address"
            ? (clientAddress(request.headers) ?? "unknown")
            : per(request, params as Parsed<P>, who.user);
        await consumeRateLimit("db" in who ? who.db : await getDb(), options.rateLimit, key);
      }
      const query = options.query
        ? parseInput(options.query, stripNulFromFields(queryObject(request.nextUrl.searchParams)), "query")
        : undefined;
      const body = options.body
        ? parseInput(options.body, await readBody(request, bodyFormat, maxBodyBytes), "request")
        : undefined;
      // A route that reads its own body (next-auth) gets it through the capped reader too.
      if (!options.body && isStateChanging(request.method)) request = await withCappedBody(request, maxBodyBytes);
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
