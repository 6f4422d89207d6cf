// The route wrapper called as Next.js calls a route handler: a Request and a context whose
// params are a promise. Public routes only here (no database); the signed-in side is in
// tests/integration/route-auth.test.ts.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors/app-error";
import { json } from "@/lib/http/responses";
import { DEFAULT_MAX_BODY_BYTES, route } from "@/lib/http/route";

const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });

/** A request as a program sends it (no Origin); a string body is JSON unless the headers say otherwise. */
function request(body?: BodyInit, init: { query?: string; headers?: Record<string, string>; method?: string } = {}) {
  const jsonType: Record<string, string> = typeof body === "string" ? { "content-type": "application/json" } : {};
  return new Request(`http://localhost/api/things${init.query ?? ""}`, {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    body,
    headers: { ...jsonType, ...init.headers },
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

describe("route: forged cross-site requests", () => {
  const submit = route({ auth: "public", body: z.object({ a: z.number() }) }, ({ body }) => json(body));
  const from = (headers: Record<string, string>, method = "POST") =>
    request('{"a":1}', { method, headers: { host: "localhost", ...headers } });

  it("refuses a state-changing request from another origin: another port, a sibling subdomain, another site", async () => {
    for (const origin of ["http://localhost:4000", "http://evil.localhost", "https://evil.example", "null"]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        expect(await answer(await submit(from({ origin }, method)))).toEqual({
          status: 403,
          body: { error: "This request came from another site and was refused.", code: "cross_origin" },
        });
      }
    }
  });

  it("refuses what the browser marks same-site or cross-site, even without an Origin", async () => {
    for (const site of ["same-site", "cross-site"])
      expect((await submit(from({ "sec-fetch-site": site }))).status).toBe(403);
  });

  it("lets through the app's own pages, and programs that send no Origin", async () => {
    const own = from({ origin: "http://localhost", "sec-fetch-site": "same-origin" });
    expect(await answer(await submit(own))).toEqual({ status: 200, body: { a: 1 } });
    expect((await submit(from({}))).status).toBe(200);
  });

  it("leaves reads alone", async () => {
    const read = route({ auth: "public" }, () => json({ ok: true }));
    const get = new Request("http://localhost/api/things", { headers: { origin: "https://evil.example" } });
    expect((await read(get)).status).toBe(200);
  });
});

describe("route: content types", () => {
  const strict = route({ auth: "public", body: z.object({ a: z.number() }).optional() }, ({ body }) => json({ body }));

  it("answers 415 for a JSON body sent as text/plain (what a no-cors form or fetch can send)", async () => {
    const plain = request('{"a":1}', { headers: { "content-type": "text/plain" } });
    expect(await answer(await strict(plain))).toEqual({
      status: 415,
      body: { error: "Send the body as application/json.", code: "unsupported_media_type" },
    });
    const form = request("a=1", { headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect((await strict(form)).status).toBe(415);
    const declared = request('{"a":1}', { headers: { "content-type": "text/plain", "content-length": "7" } });
    expect((await strict(declared)).status).toBe(415);
  });

  it("accepts application/json with parameters, and an empty body of any type", async () => {
    const withCharset = request('{"a":1}', { headers: { "content-type": "application/json; charset=utf-8" } });
    expect(await answer(await strict(withCharset))).toEqual({ status: 200, body: { body: { a: 1 } } });
    const empty = new Request("http://localhost/api/things", { method: "POST" });
    expect(await answer(await strict(empty))).toEqual({ status: 200, body: {} });
  });
});

describe("route: bodies whatever their framing", () => {
  function chunked(text: string, headers: Record<string, string> = { "content-type": "application/json" }) {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of text.match(/.{1,5}/gs) ?? []) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    return new Request("http://localhost/api/things", {
      method: "POST",
      body: stream,
      headers,
      duplex: "half",
    } as RequestInit);
  }

  it("reads a chunked JSON body like any other, and refuses a malformed one", async () => {
    const strict = route({ auth: "public", body: z.object({ a: z.number() }) }, ({ body }) => json(body));
    expect(await answer(await strict(chunked('{"a":42}')))).toEqual({ status: 200, body: { a: 42 } });
    expect((await strict(chunked('{"a":4'))).status).toBe(400);
  });

  it("caps the body of a route that reads its own (next-auth), and hands it the bytes", async () => {
    const own = route({ auth: "public", maxBodyBytes: 1_000 }, async ({ request }) =>
      json({ text: await request.text() }),
    );
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect(await answer(await own(chunked("email=a%40b.c&password=x", form)))).toEqual({
      status: 200,
      body: { text: "email=a%40b.c&password=x" },
    });
    expect((await own(chunked("x".repeat(5_000), form))).status).toBe(413);
  });
});

describe("route: inputs Postgres cannot store", () => {
  const keep = route({ auth: "public", body: z.object({ text: z.string(), list: z.array(z.string()) }) }, ({ body }) =>
    json(body),
  );

  it("drops NUL characters from JSON strings, escaped or not, and leaves an escaped backslash alone", async () => {
    const body = '{"text":"a\\u0000b\\\\u0000c","list":["\\u0000x"]}';
    expect(await answer(await keep(request(body)))).toEqual({
      status: 200,
      body: { text: "ab\\u0000c", list: ["x"] },
    });
  });

  it("drops NUL from form fields and query values", async () => {
    const form = route(
      {
        auth: "public",
        query: z.object({ q: z.string() }),
        body: z.object({ slug: z.string() }),
        bodyFormat: "json-or-form",
      },
      ({ body, query }) => json({ ...body, ...query }),
    );
    const posted = request("slug=url%00-shortener", {
      query: "?q=a%00b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await answer(await form(posted))).toEqual({ status: 200, body: { slug: "url-shortener", q: "ab" } });
  });

  it("answers 400 for JSON nested deeper than any drawing", async () => {
    const deep = `{"text":"x","list":[],"deep":${"[".repeat(5_000)}${"]".repeat(5_000)}}`;
    expect(await answer(await keep(request(deep)))).toEqual({
      status: 400,
      body: { error: "The body nests deeper than 64 levels.", code: "invalid_request" },
    });
  });
});
