// Every review route × every kind of caller, through the real route handlers with real
// session cookies. Each cell gets a fresh interview (requested, claimed by the reviewer, with
// one thread of the reviewer's), so a cell that changes something cannot colour another.
// Other people's ids answer 404; a route that needs the mentor role answers 403 to a
// candidate whatever the id (it says nothing about the id), and 401 signed out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as review from "@/app/api/interviews/[id]/review/route";
import * as claim from "@/app/api/interviews/[id]/review/claim/route";
import * as assign from "@/app/api/interviews/[id]/review/assign/route";
import * as verdicts from "@/app/api/interviews/[id]/review/verdicts/route";
import * as assessment from "@/app/api/interviews/[id]/review/assessment/route";
import * as complete from "@/app/api/interviews/[id]/review/complete/route";
import * as comments from "@/app/api/interviews/[id]/comments/route";
import * as comment from "@/app/api/interviews/[id]/comments/[commentId]/route";
import * as resolved from "@/app/api/interviews/[id]/comments/[commentId]/resolved/route";
import * as notifications from "@/app/api/notifications/route";
import * as markRead from "@/app/api/notifications/read/route";
import * as unread from "@/app/api/notifications/unread/route";
import * as queue from "@/app/api/mentor/queue/route";
import * as revisions from "@/app/api/interviews/[id]/revisions/route";
import * as revision from "@/app/api/interviews/[id]/revisions/[revisionId]/route";
import type { Database } from "@/lib/db/client";
import { readGradeResult } from "@/lib/reports/grade";
import { claimReview } from "@/lib/reviews/claims";
import { requestReview } from "@/lib/reviews/requests";
import { getDatabase, getDb } from "@/lib/startup/database";
import { apiRequest, routeParams } from "./helpers";
import { createUser, gradedInterview, type TestUser } from "./reviews-fixtures";

const CALLERS = ["owner", "otherCandidate", "reviewer", "otherMentor", "admin", "signedOut"] as const;
type Caller = (typeof CALLERS)[number];
type Handler = (request: Request, context?: { params?: Promise<unknown> }) => Promise<Response>;
interface Fixture {
  interviewId: string;
  threadId: string;
  revisionId: string;
  failingRule: string;
}
interface Cell {
  name: string;
  handler: Handler;
  method: string;
  path: (f: Fixture) => string;
  params?: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture) => unknown;
  expected: Record<Caller, number>;
}

let db: Database;
const users = {} as Record<Exclude<Caller, "signedOut">, TestUser>;

beforeAll(async () => {
  db = await getDb();
  users.owner = await createUser(db, "candidate", "Olive Owner");
  users.otherCandidate = await createUser(db, "candidate", "Oscar Other");
  users.reviewer = await createUser(db, "mentor", "Rita Reviewer");
  users.otherMentor = await createUser(db, "mentor", "Milo Mentor");
  users.admin = await createUser(db, "admin", "Ari Admin");
});
afterAll(async () => {
  await (await getDatabase()).close();
});

async function fixture(): Promise<Fixture> {
  const interviewId = await gradedInterview(db, users.owner.id);
  await requestReview(db, users.owner, interviewId, "");
  await claimReview(db, users.reviewer, interviewId);
  // Written a minute back, so the fixture's own thread does not count toward the reviewer's rate limit.
  const thread = await db.comment.create({
    data: {
      interviewId,
      authorId: users.reviewer.id,
      body: "Why one database?",
      elementIds: ["demo-db"],
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  const grade = await db.grade.findUniqueOrThrow({ where: { interviewId } });
  const failingRule = readGradeResult(grade.result)!.findings.find((f) => f.status === "fail")!.ruleId;
  const saved = await db.revision.create({
    data: { interviewId, version: 1, reason: "autosave", scene: { elements: [] }, notes: "" },
  });
  return { interviewId, threadId: thread.id, revisionId: saved.id, failingRule };
}

const id = (f: Fixture) => ({ id: f.interviewId });
const onComment = (f: Fixture) => ({ id: f.interviewId, commentId: f.threadId });
const base = (f: Fixture) => `/api/interviews/${f.interviewId}`;
const row = (o: number, c: number, r: number, m: number, a: number, s = 401): Record<Caller, number> => ({
  owner: o,
  otherCandidate: c,
  reviewer: r,
  otherMentor: m,
  admin: a,
  signedOut: s,
});

const CELLS: Cell[] = [
  {
    name: "GET revisions (the replay)",
    handler: revisions.GET,
    method: "GET",
    path: (f) => `${base(f)}/revisions`,
    params: id,
    expected: row(200, 404, 200, 200, 200),
  },
  {
    name: "GET one revision",
    handler: revision.GET,
    method: "GET",
    path: (f) => `${base(f)}/revisions/${f.revisionId}`,
    params: (f) => ({ id: f.interviewId, revisionId: f.revisionId }),
    expected: row(200, 404, 200, 200, 200),
  },
  {
    name: "GET review",
    handler: review.GET,
    method: "GET",
    path: (f) => `${base(f)}/review`,
    params: id,
    expected: row(200, 404, 200, 200, 200),
  },
  {
    name: "POST review",
    handler: review.POST,
    method: "POST",
    path: (f) => `${base(f)}/review`,
    params: id,
    body: () => ({ note: "x" }),
    expected: row(409, 404, 404, 404, 404),
  },
  {
    name: "DELETE review",
    handler: review.DELETE,
    method: "DELETE",
    path: (f) => `${base(f)}/review`,
    params: id,
    expected: row(409, 404, 404, 404, 404),
  },
  {
    name: "POST claim",
    handler: claim.POST,
    method: "POST",
    path: (f) => `${base(f)}/review/claim`,
    params: id,
    expected: row(403, 403, 409, 409, 409),
  },
  {
    name: "DELETE claim",
    handler: claim.DELETE,
    method: "DELETE",
    path: (f) => `${base(f)}/review/claim`,
    params: id,
    expected: row(403, 403, 200, 403, 200),
  },
  {
    name: "PUT assign",
    handler: assign.PUT,
    method: "PUT",
    path: (f) => `${base(f)}/review/assign`,
    params: id,
    body: () => ({ mentorId: users.otherMentor.id }),
    expected: row(403, 403, 403, 403, 200),
  },
  {
    name: "PUT verdicts",
    handler: verdicts.PUT,
    method: "PUT",
    path: (f) => `${base(f)}/review/verdicts`,
    params: id,
    body: (f) => ({ ruleId: f.failingRule, status: "pass", reason: "Covered in the notes." }),
    expected: row(403, 403, 200, 403, 403),
  },
  {
    name: "PUT assessment",
    handler: assessment.PUT,
    method: "PUT",
    path: (f) => `${base(f)}/review/assessment`,
    params: id,
    body: () => ({ summary: "Good." }),
    expected: row(403, 403, 200, 403, 403),
  },
  // The reviewer's draft is empty here, so completing is refused with what is missing.
  {
    name: "POST complete",
    handler: complete.POST,
    method: "POST",
    path: (f) => `${base(f)}/review/complete`,
    params: id,
    expected: row(403, 403, 400, 403, 403),
  },
  {
    name: "GET comments",
    handler: comments.GET,
    method: "GET",
    path: (f) => `${base(f)}/comments`,
    params: id,
    expected: row(200, 404, 200, 200, 200),
  },
  {
    name: "POST comments (reply)",
    handler: comments.POST,
    method: "POST",
    path: (f) => `${base(f)}/comments`,
    params: id,
    body: (f) => ({ body: "A reply", parentId: f.threadId }),
    expected: row(201, 404, 201, 403, 403),
  },
  {
    name: "PATCH comment",
    handler: comment.PATCH,
    method: "PATCH",
    path: (f) => `${base(f)}/comments/${f.threadId}`,
    params: onComment,
    body: () => ({ body: "Edited" }),
    expected: row(403, 404, 200, 403, 403),
  },
  {
    name: "DELETE comment",
    handler: comment.DELETE,
    method: "DELETE",
    path: (f) => `${base(f)}/comments/${f.threadId}`,
    params: onComment,
    expected: row(403, 404, 200, 403, 403),
  },
  {
    name: "PUT resolved",
    handler: resolved.PUT,
    method: "PUT",
    path: (f) => `${base(f)}/comments/${f.threadId}/resolved`,
    params: onComment,
    body: () => ({ resolved: true }),
    expected: row(200, 404, 200, 403, 403),
  },
  {
    name: "GET notifications",
    handler: notifications.GET,
    method: "GET",
    path: () => "/api/notifications",
    expected: row(200, 200, 200, 200, 200),
  },
  {
    name: "GET notifications/unread",
    handler: unread.GET,
    method: "GET",
    path: () => "/api/notifications/unread",
    expected: row(200, 200, 200, 200, 200),
  },
  {
    name: "POST notifications/read",
    handler: markRead.POST,
    method: "POST",
    path: () => "/api/notifications/read",
    body: () => ({ all: true }),
    expected: row(200, 200, 200, 200, 200),
  },
  {
    name: "GET mentor/queue",
    handler: queue.GET,
    method: "GET",
    path: () => "/api/mentor/queue",
    expected: row(403, 403, 200, 200, 200),
  },
];

describe("review routes: the authorisation matrix", () => {
  it.each(CELLS)("$name", async (cell) => {
    const answers: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS) {
      const f = await fixture();
      const request = await apiRequest(cell.path(f), {
        method: cell.method,
        cookie: caller === "signedOut" ? undefined : users[caller].cookie,
        body: cell.body?.(f),
      });
      const response = await cell.handler(request, cell.params ? routeParams(cell.params(f)) : undefined);
      answers[caller] = response.status;
    }
    expect(answers).toEqual(cell.expected);
  });

  it("shows nobody else's inbox: notifications are the caller's own", async () => {
    const f = await fixture();
    const own = await notifications.GET(await apiRequest("/api/notifications", { cookie: users.owner.cookie }));
    const theirs = await notifications.GET(
      await apiRequest("/api/notifications", { cookie: users.otherCandidate.cookie }),
    );
    const ownIds = ((await own.json()) as { notifications: { interviewId: string }[] }).notifications.map(
      (n) => n.interviewId,
    );
    const otherIds = ((await theirs.json()) as { notifications: { interviewId: string }[] }).notifications.map(
      (n) => n.interviewId,
    );
    expect(ownIds).toContain(f.interviewId);
    expect(otherIds).not.toContain(f.interviewId);
  });
});

describe("review routes: bad input", () => {
  it("answers 400 with a message for an empty, an overlong or a mis-pinned comment, and 429 when flooding", async () => {
    const f = await fixture();
    const post = async (body: unknown, who = users.reviewer) =>
      comments.POST(
        await apiRequest(`${base(f)}/comments`, { method: "POST", cookie: who.cookie, body }),
        routeParams(id(f)),
      );
    const empty = await post({ body: "   " });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toContain("Write something first.");
    expect((await post({ body: "x".repeat(5001) })).status).toBe(400);
    const pinned = await post({ body: "Here", elementIds: ["not-there"] });
    expect(pinned.status).toBe(400);
    const trimmed = await post({ body: "  Trimmed  ", elementIds: ["demo-lb"] });
    expect(((await trimmed.json()) as { comment: { body: string } }).comment.body).toBe("Trimmed");
    await post({ body: "two" });
    await post({ body: "three" });
    const flood = await post({ body: "four" });
    expect(flood.status).toBe(429);
    expect(await flood.json()).toMatchObject({ code: "rate_limited", retryAfterSeconds: expect.any(Number) });
    const override = await verdicts.PUT(
      await apiRequest(`${base(f)}/review/verdicts`, {
        method: "PUT",
        cookie: users.reviewer.cookie,
        body: { ruleId: f.failingRule, status: "pass", reason: "  " },
      }),
      routeParams(id(f)),
    );
    expect(override.status).toBe(400);
    expect(((await override.json()) as { error: string }).error).toContain("Say why the verdict changes.");
  });
});
