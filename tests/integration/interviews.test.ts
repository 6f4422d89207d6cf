import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as startRoute } from "@/app/api/interviews/route";
import { GET as getRoute } from "@/app/api/interviews/[id]/route";
import { PUT as draftRoute } from "@/app/api/interviews/[id]/draft/route";
import { POST as submitRoute } from "@/app/api/interviews/[id]/submit/route";
import { GET as revisionsRoute } from "@/app/api/interviews/[id]/revisions/route";
import { GET as revisionRoute } from "@/app/api/interviews/[id]/revisions/[revisionId]/route";
import { getDatabase, getDb } from "@/lib/startup/database";
import type { Database } from "@/lib/db/client";
import { saveDraft } from "@/lib/interviews/draft";
import { AppError } from "@/lib/errors/app-error";
import { DEADLINE_GRACE_MS, REVISION_INTERVAL_MS } from "@/lib/interviews/timing";
import { startInterview } from "@/lib/interviews/start";
import { settleExpiredInterviews, submitInterview } from "@/lib/interviews/submit";
import { apiRequest, routeParams, sessionCookieFor, uniqueEmail } from "./helpers";
import { boundArrow, labelledBox } from "../support/scene-elements";

let db: Database;
const alice = { id: "", cookie: "" };
const mallory = { id: "", cookie: "" };

const cachedDesign = {
  type: "excalidraw",
  version: 2,
  elements: [
    ...labelledBox("web", 0, "Web server"),
    ...labelledBox("cache", 300, "Redis cache"),
    ...labelledBox("db", 600, "MySQL"),
    boundArrow("a1", "web", "cache", 160, 300),
    boundArrow("a2", "web", "db", 160, 600),
  ],
  appState: { viewBackgroundColor: "#ffffff" },
  files: {},
};

async function signedInUser(name: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(name), name } });
  return { id: user.id, cookie: await sessionCookieFor(user.id) };
}

beforeAll(async () => {
  db = await getDb();
  Object.assign(alice, await signedInUser("alice"));
  Object.assign(mallory, await signedInUser("mallory"));
});
afterAll(async () => {
  await (await getDatabase()).close();
});

describe("starting an interview", () => {
  it("creates it with a server-side deadline of now + the prompt's duration", async () => {
    const before = Date.now();
    const response = await startRoute(
      await apiRequest("/api/interviews", {
        cookie: alice.cookie,
        method: "POST",
        body: { promptSlug: "warm-up-cache" },
      }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; deadline: string; url: string };
    expect(body.url).toBe(`/interviews/${body.id}`);
    const prompt = await db.prompt.findUniqueOrThrow({ where: { slug: "warm-up-cache" } });
    const deadline = new Date(body.deadline).getTime();
    expect(deadline - before).toBeGreaterThanOrEqual(prompt.durationMinutes * 60_000 - 1000);
    expect(deadline - Date.now()).toBeLessThanOrEqual(prompt.durationMinutes * 60_000);
  });

  it("refuses an unknown prompt (404), a missing slug (400) and a signed-out caller (401)", async () => {
    const unknown = await startRoute(
      await apiRequest("/api/interviews", { cookie: alice.cookie, method: "POST", body: { promptSlug: "nope" } }),
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'No prompt named "nope".', code: "unknown_prompt" });
    expect(
      (await startRoute(await apiRequest("/api/interviews", { cookie: alice.cookie, method: "POST", body: {} })))
        .status,
    ).toBe(400);
    expect(
      (await startRoute(await apiRequest("/api/interviews", { method: "POST", body: { promptSlug: "warm-up-cache" } })))
        .status,
    ).toBe(401);
  });

  it("lets a candidate run several interviews at once", async () => {
    const first = await startInterview(db, alice.id, "url-shortener");
    const second = await startInterview(db, alice.id, "chat-system");
    expect(first.id).not.toBe(second.id);
    expect(await db.interview.count({ where: { userId: alice.id, status: "in_progress" } })).toBeGreaterThanOrEqual(2);
  });
});

describe("autosave", () => {
  it("saves, bumps the version, and records revisions at most every 30 seconds", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const t0 = new Date();
    const first = await saveDraft(db, alice.id, id, { baseVersion: 0, scene: cachedDesign as never, notes: "v1" }, t0);
    expect(first).toMatchObject({ version: 1, revisionRecorded: true });
    const second = await saveDraft(
      db,
      alice.id,
      id,
      { baseVersion: 1, scene: cachedDesign as never, notes: "v2" },
      new Date(t0.getTime() + 5_000),
    );
    expect(second).toMatchObject({ version: 2, revisionRecorded: false });
    const third = await saveDraft(
      db,
      alice.id,
      id,
      { baseVersion: 2, scene: cachedDesign as never, notes: "v3" },
      new Date(t0.getTime() + REVISION_INTERVAL_MS + 1),
    );
    expect(third).toMatchObject({ version: 3, revisionRecorded: true });
    const stored = await db.interview.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ version: 3, notes: "v3" });
    expect(await db.revision.count({ where: { interviewId: id } })).toBe(2);
  });

  it("answers a stale version with 409 and the current drawing, and keeps both versions", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const tabA = await draftRoute(
      await apiRequest(`/api/interviews/${id}/draft`, {
        cookie: alice.cookie,
        method: "PUT",
        body: { baseVersion: 0, scene: cachedDesign, notes: "tab A" },
      }),
      routeParams({ id }),
    );
    expect(tabA.status).toBe(200);
    expect(await tabA.json()).toMatchObject({ version: 1 });

    const staleScene = { ...cachedDesign, elements: cachedDesign.elements.slice(0, 2) };
    const tabB = await draftRoute(
      await apiRequest(`/api/interviews/${id}/draft`, {
        cookie: alice.cookie,
        method: "PUT",
        body: { baseVersion: 0, scene: staleScene, notes: "tab B" },
      }),
      routeParams({ id }),
    );
    expect(tabB.status).toBe(409);
    const conflict = (await tabB.json()) as { code: string; current: { version: number; notes: string } };
    expect(conflict).toMatchObject({ code: "version_conflict", current: { version: 1, notes: "tab A" } });

    // Both versions are kept (tab A's was already stored as its autosave revision, and is not stored twice).
    const revisions = await db.revision.findMany({ where: { interviewId: id } });
    expect(revisions.map((revision) => revision.notes).sort()).toEqual(["tab A", "tab B"]);
    // Keeping tab B's version: save it on top of the current version.
    const keep = await saveDraft(db, alice.id, id, {
      baseVersion: conflict.current.version,
      scene: staleScene as never,
      notes: "tab B",
    });
    expect(keep.version).toBe(2);
  });

  it("refuses bad input with 400 and oversized drawings with 413, changing nothing", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const put = async (body: unknown) =>
      draftRoute(
        await apiRequest(`/api/interviews/${id}/draft`, { cookie: alice.cookie, method: "PUT", body }),
        routeParams({ id }),
      );
    expect((await put("{not json")).status).toBe(400);
    const noVersion = await put({ scene: cachedDesign });
    expect(noVersion.status).toBe(400);
    expect(((await noVersion.json()) as { error: string }).error).toMatch(/baseVersion/);
    expect((await put({ baseVersion: 0, scene: { elements: "nope" } })).status).toBe(400);
    const many = Array.from({ length: 20_001 }, (_, index) => ({ id: `e${index}`, type: "rectangle" }));
    const tooMany = await put({ baseVersion: 0, scene: { elements: many } });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: string }).error).toMatch(/at most 20,000 elements/);
    const huge = await put({
      baseVersion: 0,
      scene: { elements: [{ id: "img", type: "image" }], files: { f: { dataURL: "x".repeat(10_100_000) } } },
    });
    expect(huge.status).toBe(413);
    expect((await db.interview.findUniqueOrThrow({ where: { id } })).version).toBe(0);
  });

  it("refuses saves after the deadline's grace and submits the interview lazily", async () => {
    const { id, deadline } = await startInterview(db, alice.id, "warm-up-cache");
    await saveDraft(db, alice.id, id, { baseVersion: 0, scene: cachedDesign as never, notes: "" });
    const inGrace = new Date(deadline.getTime() + DEADLINE_GRACE_MS - 1000);
    await saveDraft(db, alice.id, id, { baseVersion: 1, scene: cachedDesign as never, notes: "last second" }, inGrace);
    const late = new Date(deadline.getTime() + DEADLINE_GRACE_MS + 1000);
    const refused = saveDraft(
      db,
      alice.id,
      id,
      { baseVersion: 2, scene: { ...cachedDesign, elements: [] } as never, notes: "too late" },
      late,
    );
    await expect(refused).rejects.toMatchObject({ code: "deadline_passed", status: 409 });
    const settled = await db.interview.findUniqueOrThrow({ where: { id }, include: { grade: true } });
    expect(settled).toMatchObject({ status: "expired", notes: "last second", submittedAt: deadline });
    expect(settled.grade?.score).toBe(67);
  });
});

describe("lazy time-out", () => {
  it("grades an abandoned interview with its last saved drawing when it is next read", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    await saveDraft(db, alice.id, id, { baseVersion: 0, scene: cachedDesign as never, notes: "" });
    // The candidate closed the tab; time passes.
    await db.interview.update({ where: { id }, data: { deadline: new Date(Date.now() - DEADLINE_GRACE_MS - 60_000) } });
    const response = await getRoute(
      await apiRequest(`/api/interviews/${id}`, { cookie: alice.cookie }),
      routeParams({ id }),
    );
    const body = (await response.json()) as {
      interview: {
        status: string;
        grade: { score: number; result: { findings: { ruleId: string; status: string }[] } };
      };
    };
    expect(body.interview.status).toBe("expired");
    expect(body.interview.grade.result.findings).toEqual([
      expect.objectContaining({ ruleId: "cache-layer", status: "pass" }),
      expect.objectContaining({ ruleId: "database-replication", status: "fail" }),
    ]);
  });

  it("settles every overdue interview of a user in one sweep (the dashboard)", async () => {
    const user = await signedInUser("sweeper");
    const a = await startInterview(db, user.id, "warm-up-cache");
    const b = await startInterview(db, user.id, "warm-up-cache");
    await db.interview.updateMany({
      where: { id: { in: [a.id, b.id] } },
      data: { deadline: new Date(Date.now() - 3_600_000) },
    });
    expect(await settleExpiredInterviews(db, user.id)).toBe(2);
    expect(await db.grade.count({ where: { interviewId: { in: [a.id, b.id] } } })).toBe(2);
  });
});

describe("submit", () => {
  it("saves the last drawing, grades it with the prompt's rubric, and stores the grade once", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const response = await submitRoute(
      await apiRequest(`/api/interviews/${id}/submit`, {
        cookie: alice.cookie,
        method: "POST",
        body: { baseVersion: 0, scene: cachedDesign, notes: "done" },
      }),
      routeParams({ id }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      grade: { score: number; engineVersion: string; result: { prompt: string; findings: unknown[] } };
      reportUrl: string;
    };
    expect(body).toMatchObject({ status: "submitted", reportUrl: `/interviews/${id}/report` });
    // warm-up-cache weighs cache-layer 2 and database-replication 1: only the cache passes.
    expect(body.grade.score).toBe(67);
    expect(body.grade.result.prompt).toBe("warm-up-cache");
    expect(body.grade.engineVersion).toMatch(/^\d+\.\d+\.\d+/);

    const stored = await db.grade.findUniqueOrThrow({ where: { interviewId: id } });
    // Submitting again changes nothing and answers the same grade.
    const again = await submitInterview(db, alice.id, id, {
      baseVersion: 1,
      scene: { ...cachedDesign, elements: [] } as never,
      notes: "",
    });
    expect(again.grade?.id).toBe(stored.id);
    expect(await db.grade.findUniqueOrThrow({ where: { interviewId: id } })).toEqual(stored);
    const revisionReasons = (await db.revision.findMany({ where: { interviewId: id } })).map(
      (revision) => revision.reason,
    );
    expect(revisionReasons).toContain("submit");
  });

  it("refuses edits after submit", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    await submitInterview(db, alice.id, id);
    const attempt = saveDraft(db, alice.id, id, { baseVersion: 0, scene: cachedDesign as never, notes: "" });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "already_submitted" });
  });

  it("produces exactly one grade when two submits race", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    await Promise.all([
      submitInterview(db, alice.id, id),
      submitInterview(db, alice.id, id),
      submitInterview(db, alice.id, id),
    ]);
    expect(await db.grade.count({ where: { interviewId: id } })).toBe(1);
  });
});

describe("ownership", () => {
  it("answers 404 to another user on every interview route, and changes nothing", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    await saveDraft(db, alice.id, id, { baseVersion: 0, scene: cachedDesign as never, notes: "alice's" });
    const revision = await db.revision.findFirstOrThrow({ where: { interviewId: id } });
    const as = mallory.cookie;
    const responses = [
      await getRoute(await apiRequest(`/api/interviews/${id}`, { cookie: as }), routeParams({ id })),
      await draftRoute(
        await apiRequest(`/api/interviews/${id}/draft`, {
          cookie: as,
          method: "PUT",
          body: { baseVersion: 1, scene: { elements: [] }, notes: "x" },
        }),
        routeParams({ id }),
      ),
      await submitRoute(
        await apiRequest(`/api/interviews/${id}/submit`, { cookie: as, method: "POST" }),
        routeParams({ id }),
      ),
      await revisionsRoute(await apiRequest(`/api/interviews/${id}/revisions`, { cookie: as }), routeParams({ id })),
      await revisionRoute(
        await apiRequest(`/api/interviews/${id}/revisions/${revision.id}`, { cookie: as }),
        routeParams({ id, revisionId: revision.id }),
      ),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: "No such interview.", code: "not_found" });
    }
    const unchanged = await db.interview.findUniqueOrThrow({ where: { id } });
    expect(unchanged).toMatchObject({ status: "in_progress", version: 1, notes: "alice's" });

    // The owner still reads everything.
    const own = await revisionRoute(
      await apiRequest(`/api/interviews/${id}/revisions/${revision.id}`, { cookie: alice.cookie }),
      routeParams({ id, revisionId: revision.id }),
    );
    expect(own.status).toBe(200);
  });

  it("answers 401 to a signed-out caller", async () => {
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    expect((await getRoute(await apiRequest(`/api/interviews/${id}`), routeParams({ id }))).status).toBe(401);
  });
});
