// The route wrapper called as Next.js calls a route handler: a Request and a context whose
// params are a promise. Public routes only here (no database); the signed-in side is in
// tests/integration/route-auth.test.ts.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors/app-error";
import { json } from "@/lib/http/responses";
import { DEFAULT_MAX_BODY_BYTES, route } from "@/lib/http/route";

const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });

function request(body?: BodyInit, init: { query?: string; headers?: Record<string, string> } = {}) {
  return new Request(`http://localhost/api/things${init.query ?? ""}`, {
    method: body === undefined ? "GET" : "POST",
    body,
    headers: init.headers,
  });
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const echo = route(
  {
    auth: "public",
    params: z.object({ id: z.string().regex(/^[a-z]+$/, "No such thing.") }),
    query: z.object({ sort: z.enum(["asc", "desc"]).optional() }),
    body: z.object({ count: z.number().int().min(1) }).describe("thing"),
  },
  ({ user, params, query, body }) => json({ user, params, query, body }),
);

describe("route: validation", () => {
  it("hands the handler parsed params, query and body", async () => {
    const response = await echo(request('{"count":2}', { query: "?sort=desc" }), params({ id: "abc" }));
    expect(await answer(response)).toEqual({
      status: 200,
      body: { user: null, params: { id: "abc" }, query: { sort: "desc" }, body: { count: 2 } },
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers params that do not parse with 404 and the schema's message", async () => {
    expect(await answer(await echo(request('{"count":2}'), params({ id: "ABC1" })))).toEqual({
      status: 404,
      body: { error: "No such thing.", code: "not_found" },
    });
  });

  it("answers a bad query or body with 400, the first problem named and every issue listed", async () => {
    const query = await answer(await echo(request('{"count":2}', { query: "?sort=up" }), params({ id: "abc" })));
    expect(query).toMatchObject({ status: 400, body: { code: "invalid_request" } });
    expect(query.body.error).toMatch(/^Invalid query: sort: /);

    const body = await answer(await echo(request('{"count":0,"extra":1}'), params({ id: "abc" })));
    expect(body).toMatchObject({
      status: 400,
      body: { code: "invalid_request", issues: [{ path: "count", message: expect.any(String) }] },
    });
    expect(body.body.error).toMatch(/^Invalid thing: count: /);
  });

  it("reads a repeated query key as a list", async () => {
    const many = route({ auth: "public", query: z.object({ tag: z.array(z.string()) }) }, ({ query }) => json(query));
    expect(await answer(await many(request(undefined, { query: "?tag=a&tag=b" })))).toEqual({
      status: 200,
      body: { tag: ["a", "b"] },
    });
  });

  it("answers a body that is not JSON with 400, and passes an empty one as undefined", async () => {
    expect(await answer(await echo(request("{nope"), params({ id: "abc" })))).toEqual({
      status: 400,
      body: { error: "The body is not valid JSON.", code: "invalid_request" },
    });
    const optional = route({ auth: "public", body: z.object({ a: z.number() }).optional() }, ({ body }) =>
      json({ empty: body === undefined }),
    );
    expect(await answer(await optional(request("")))).toEqual({ status: 200, body: { empty: true } });
  });

  it("reads a plain HTML form where the route accepts one, and JSON otherwise", async () => {
    const start = route(
      { auth: "public", body: z.object({ slug: z.string() }), bodyFormat: "json-or-form" },
      ({ body }) => json(body),
    );
    const form = request("slug=url-shortener", { headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(await answer(await start(form))).toEqual({ status: 200, body: { slug: "url-shortener" } });
    expect(await answer(await start(request('{"slug":"chat"}')))).toEqual({ status: 200, body: { slug: "chat" } });
  });

  it("hands a text body over as it is", async () => {
    const text = route({ auth: "public", body: z.string(), bodyFormat: "text" }, ({ body }) => json({ body }));
    expect(await answer(await text(request("{not json either")))).toEqual({
      status: 200,
      body: { body: "{not json either" },
    });
  });
});

describe("route: body limits", () => {
  const small = route({ auth: "public", body: z.string(), bodyFormat: "text", maxBodyBytes: 1_000 }, () =>
    json({ read: true }),
  );

  it("answers 413 for a body over the route's limit, declared or streamed", async () => {
    const declared = request("x", { headers: { "content-length": "5000" } });
    expect(await answer(await small(declared))).toEqual({
      status: 413,
      body: { error: "The request is larger than 1 KB.", code: "too_large" },
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("x".repeat(400)));
        controller.close();
      },
    });
    const streamed = new Request("http://localhost/api/things", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await small(streamed)).status).toBe(413);
    expect((await small(request("x".repeat(1_000)))).status).toBe(200);
  });

  it("limits a route that sets none to the default", async () => {
    const body = JSON.stringify({ count: 1, pad: "x".repeat(DEFAULT_MAX_BODY_BYTES) });
    expect((await echo(request(body), params({ id: "abc" }))).status).toBe(413);
  });
});

describe("route: errors", () => {
  it("turns an AppError into its code's status and the one error body, details included", async () => {
    const conflict = route({ auth: "public" }, () => {
      throw new AppError("version_conflict", "Changed in another tab.", { current: { version: 3 } });
    });
    expect(await answer(await conflict(request()))).toEqual({
      status: 409,
      body: { error: "Changed in another tab.", code: "version_conflict", current: { version: 3 } },
    });
  });

  it("maps every code through the one map", async () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      const failing = route({ auth: "public" }, () => {
        throw new AppError(code as keyof typeof ERROR_STATUS, "no");
      });
      expect(await answer(await failing(request()))).toEqual({ status, body: { error: "no", code } });
    }
  });

  it("answers anything else with a 500 that says nothing of the internals, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = route({ auth: "public" }, () => {
      throw new Error("connection string postgres://secret@db");
    });
    const { status, body } = await answer(await broken(request()));
    expect(status).toBe(500);
    expect(body).toEqual({ error: expect.stringMatching(/on our side/), code: "internal" });
    expect(JSON.stringify(body)).not.toMatch(/secret/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("lets a route answer an error its own way, and the rest as usual", async () => {
    const redirecting = route(
      {
        auth: "public",
        onError: (error) =>
          error.code === "not_found" ? new Response(null, { status: 303, headers: { location: "/" } }) : undefined,
      },
      ({ request }) => {
        throw new AppError(request.nextUrl.searchParams.has("gone") ? "not_found" : "forbidden", "no");
      },
    );
    expect((await redirecting(request(undefined, { query: "?gone" }))).status).toBe(303);
    expect((await redirecting(request())).status).toBe(403);
  });
});
