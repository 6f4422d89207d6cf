// The hardening of issue 8 at the HTTP boundary, through the real route handlers with real
// requests and session cookies: forged cross-site requests, bodies whatever their framing,
// size limits, NUL characters and inputs that used to reach Postgres and answer 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as startRoute } from "@/app/api/interviews/route";
import { PUT as draftRoute } from "@/app/api/interviews/[id]/draft/route";
import { POST as submitRoute } from "@/app/api/interviews/[id]/submit/route";
import { PATCH as changeRoleRoute } from "@/app/api/admin/users/[id]/route";
import { POST as nextAuthRoute } from "@/app/api/auth/[...nextauth]/route";
import { signUpAction } from "@/lib/auth/sign-up";
import type { Database } from "@/lib/db/client";
import { startInterview } from "@/lib/interviews/start";
import { getDatabase, getDb } from "@/lib/startup/database";
import { apiRequest, routeParams, sessionCookieFor, uniqueEmail } from "./helpers";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});
afterAll(async () => {
  await (await getDatabase()).close();
});

async function account(role: "candidate" | "admin" = "candidate") {
  const user = await db.user.create({ data: { email: uniqueEmail(role), name: role, role } });
  return { id: user.id, cookie: await sessionCookieFor(user.id) };
}

const scene = (label: string) => ({
  type: "excalidraw",
  version: 2,
  elements: [{ id: "t1", type: "text", x: 0, y: 0, width: 100, height: 20, text: label, originalText: label }],
  appState: {},
  files: {},
});

/** A request with the headers a browser (or an attacker's page) would send. */
function raw(
  path: string,
  init: { method: string; cookie: string; headers?: Record<string, string>; body?: BodyInit },
) {
  const streamed = init.body instanceof ReadableStream;
  return new NextRequest(new URL(path, "http://localhost:3000"), {
    method: init.method,
    headers: { host: "localhost:3000", cookie: init.cookie, ...init.headers },
    body: init.body,
    ...(streamed ? { duplex: "half" } : {}),
  });
}

function chunked(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let index = 0; index < text.length; index += 64)
        controller.enqueue(new TextEncoder().encode(text.slice(index, index + 64)));
      controller.close();
    },
  });
}

describe("forged cross-site requests (item 1)", () => {
  it("refuses a submit from another port of the same host, and a text/plain body, leaving the interview running", async () => {
    const victim = await account();
    const interview = await startInterview(db, victim.id, "url-shortener");
    const body = JSON.stringify({ baseVersion: 0, scene: scene("Attacker's drawing") });
    const path = `/api/interviews/${interview.id}/submit`;
    const forged = raw(path, {
      method: "POST",
      cookie: victim.cookie,
      headers: { origin: "http://localhost:4000", "sec-fetch-site": "same-site", "content-type": "text/plain" },
      body,
    });
    expect((await submitRoute(forged, routeParams({ id: interview.id }))).status).toBe(403);
    const plain = raw(path, { method: "POST", cookie: victim.cookie, headers: { "content-type": "text/plain" }, body });
    expect((await submitRoute(plain, routeParams({ id: interview.id }))).status).toBe(415);
    const row = await db.interview.findUniqueOrThrow({ where: { id: interview.id } });
    expect(row).toMatchObject({ status: "in_progress", version: 0 });
  });

  it("refuses a forged start and a forged role change with an admin's cookie", async () => {
    const admin = await account("admin");
    const target = await account();
    const foreign = { origin: "http://evil.localhost:3000", "content-type": "text/plain" };
    const start = raw("/api/interviews", {
      method: "POST",
      cookie: admin.cookie,
      headers: foreign,
      body: '{"promptSlug":"url-shortener"}',
    });
    expect((await startRoute(start)).status).toBe(403);
    const promote = raw(`/api/admin/users/${target.id}`, {
      method: "PATCH",
      cookie: admin.cookie,
      headers: foreign,
      body: '{"role":"admin"}',
    });
    expect((await changeRoleRoute(promote, routeParams({ id: target.id }))).status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("candidate");
  });

  it("lets the app's own page through", async () => {
    const alice = await account();
    const own = raw("/api/interviews", {
      method: "POST",
      cookie: alice.cookie,
      headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: '{"promptSlug":"url-shortener"}',
    });
    expect((await startRoute(own)).status).toBe(201);
  });
});

describe("bodies whatever their framing, and their limits (items 3, 4)", () => {
  it("grades the drawing a chunked submit carries, and refuses malformed chunked JSON", async () => {
    const alice = await account();
    const interview = await startInterview(db, alice.id, "url-shortener");
    const path = `/api/interviews/${interview.id}/submit`;
    const json = { "content-type": "application/json" };
    const broken = raw(path, {
      method: "POST",
      cookie: alice.cookie,
      headers: json,
      body: chunked('{"baseVersion":0,"sc'),
    });
    expect((await submitRoute(broken, routeParams({ id: interview.id }))).status).toBe(400);
    const body = JSON.stringify({ baseVersion: 0, scene: scene("Final drawing") });
    const submit = raw(path, { method: "POST", cookie: alice.cookie, headers: json, body: chunked(body) });
    expect((await submitRoute(submit, routeParams({ id: interview.id }))).status).toBe(200);
    const row = await db.interview.findUniqueOrThrow({ where: { id: interview.id } });
    expect(row).toMatchObject({ status: "submitted", version: 1, scene: { elements: [{ text: "Final drawing" }] } });
  });

  it("answers 413 to an oversized start and an oversized sign-in post, declared or streamed", async () => {
    const alice = await account();
    const huge = JSON.stringify({ promptSlug: "url-shortener", pad: "x".repeat(200_000) });
    const start = await startRoute(
      await apiRequest("/api/interviews", { cookie: alice.cookie, method: "POST", body: huge }),
    );
    expect(start.status).toBe(413);
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const signIn = raw("/api/auth/callback/credentials", {
      method: "POST",
      cookie: "",
      headers: form,
      body: chunked(`email=a%40b.c&password=${"x".repeat(100_000)}`),
    });
    expect(
      (await nextAuthRoute(signIn, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) })).status,
    ).toBe(413);
  });
});

describe("inputs that used to answer 500 (items 5, 6)", () => {
  it("saves notes and text elements with NUL characters, without them", async () => {
    const alice = await account();
    const interview = await startInterview(db, alice.id, "url-shortener");
    const body = { baseVersion: 0, scene: scene("Web\u0000 server"), notes: "cache\u0000 first" };
    const response = await draftRoute(
      await apiRequest(`/api/interviews/${interview.id}/draft`, { cookie: alice.cookie, method: "PUT", body }),
      routeParams({ id: interview.id }),
    );
    expect(response.status).toBe(200);
    const row = await db.interview.findUniqueOrThrow({ where: { id: interview.id } });
    expect(row.notes).toBe("cache first");
    expect(row.scene).toMatchObject({ elements: [{ text: "Web server", originalText: "Web server" }] });
  });

  it("answers 4xx for a baseVersion past the integer range, deep nesting and a promptSlug with NUL", async () => {
    const alice = await account();
    const interview = await startInterview(db, alice.id, "url-shortener");
    const save = (body: unknown) =>
      apiRequest(`/api/interviews/${interview.id}/draft`, { cookie: alice.cookie, method: "PUT", body });
    const tooBig = await draftRoute(
      await save({ baseVersion: 2 ** 31, scene: scene("x") }),
      routeParams({ id: interview.id }),
    );
    expect(tooBig.status).toBe(400);
    const deep = `{"baseVersion":0,"scene":{"type":"excalidraw","elements":[],"appState":{"x":${"[".repeat(5_000)}${"]".repeat(5_000)}}}}`;
    expect((await draftRoute(await save(deep), routeParams({ id: interview.id }))).status).toBe(400);
    const start = await startRoute(
      await apiRequest("/api/interviews", {
        cookie: alice.cookie,
        method: "POST",
        body: { promptSlug: "url\u0000-shortener" },
      }),
    );
    expect(start.status).toBe(201);
  });

  it("signs up a name with a NUL character, without it", async () => {
    const email = uniqueEmail("nul");
    const form = new FormData();
    form.set("name", "Ada\u0000 Lovelace");
    form.set("email", email);
    form.set("password", "correct horse battery");
    expect(await signUpAction({ status: "idle" }, form)).toMatchObject({ status: "ok" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Ada Lovelace");
  });
});
