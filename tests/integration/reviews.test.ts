// The review services on a real database: state changes, the claim race, comments and
// their rules, overrides with the engine's score formula, completion and notifications.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { computeScore } from "@/lib/grading/score";
import { readStoredPrompt } from "@/lib/prompts/stored";
import { readGradeResult } from "@/lib/reports/grade";
import { loadHistory } from "@/lib/reports/load";
import { completeReview, saveAssessment } from "@/lib/reviews/assessment";
import { assignReview, claimReview, releaseReview } from "@/lib/reviews/claims";
import {
  deleteComment,
  editComment,
  listComments,
  postComment,
  RATE_LIMIT,
  setThreadResolved,
} from "@/lib/reviews/comments";
import { listNotifications, markNotificationsRead } from "@/lib/reviews/notifications";
import { listReviewQueue, loadMentorOverview } from "@/lib/reviews/queue";
import { requestReview, withdrawReview } from "@/lib/reviews/requests";
import { SIGNALS } from "@/lib/reviews/schemas";
import { setVerdictOverride } from "@/lib/reviews/verdicts";
import { DEMO_ACCOUNTS, ensureDemoAccounts } from "@/lib/auth/demo";
import { ensureDemoReview } from "@/lib/reviews/demo";
import { loadReviewView } from "@/lib/reviews/view";
import { getDatabase, getDb } from "@/lib/startup/database";
import { createUser, gradedInterview, type TestUser } from "./reviews-fixtures";

let db: Database;
let owner: TestUser, stranger: TestUser, mentor: TestUser, rival: TestUser, admin: TestUser;
let interviewId: string;

beforeAll(async () => {
  db = await getDb();
  owner = await createUser(db, "candidate", "Cora Candidate");
  stranger = await createUser(db, "candidate", "Sid Stranger");
  mentor = await createUser(db, "mentor", "Mia Mentor");
  rival = await createUser(db, "mentor", "Rex Rival");
  admin = await createUser(db, "admin", "Ada Admin");
});
afterAll(async () => {
  await (await getDatabase()).close();
});
beforeEach(async () => {
  interviewId = await gradedInterview(db, owner.id);
});

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function claimed() {
  await requestReview(db, owner, interviewId, "");
  await claimReview(db, mentor, interviewId);
}

const fullAssessment = {
  signals: Object.fromEntries(SIGNALS.map((s) => [s, { score: 3, note: "Solid." }])),
  recommendation: "hire" as const,
  summary: "A sound first design; replicate the database.",
};

describe("requests", () => {
  it("lets the owner ask once, with a note, and withdraw while nobody has claimed it", async () => {
    await requestReview(db, owner, interviewId, "Is the cache right?");
    expect((await refusal(requestReview(db, owner, interviewId, ""))).code).toBe("review_state");
    const view = await loadReviewView(db, owner, interviewId);
    expect(view.review).toMatchObject({ status: "requested", note: "Is the cache right?", mentor: null });
    await withdrawReview(db, owner, interviewId);
    expect((await loadReviewView(db, owner, interviewId)).review).toBeNull();
  });

  it("refuses a withdrawal once claimed, and an unfinished interview", async () => {
    await claimed();
    expect((await refusal(withdrawReview(db, owner, interviewId))).code).toBe("review_state");
    const { startInterview } = await import("@/lib/interviews/start");
    const running = await startInterview(db, owner.id, "scale-to-millions");
    expect((await refusal(requestReview(db, owner, running.id, ""))).code).toBe("review_state");
  });

  it("answers not_found to anyone but the owner", async () => {
    for (const user of [stranger, mentor, admin]) {
      expect((await refusal(requestReview(db, user, interviewId, ""))).code).toBe("not_found");
    }
    expect((await refusal(loadReviewView(db, mentor, interviewId))).code).toBe("not_found");
  });
});

describe("claims", () => {
  it("lets exactly one of two mentors claiming at once win; the other is told who did", async () => {
    await requestReview(db, owner, interviewId, "");
    const results = await Promise.allSettled([
      claimReview(db, mentor, interviewId),
      claimReview(db, rival, interviewId),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ mentor: { name: string } }>).value.mentor.name;
    const error = lost[0]!.reason as AppError;
    expect(error.code).toBe("already_claimed");
    expect(error.message).toBe(`${winner} claimed this review first.`);
    expect(error.details).toMatchObject({ claimedBy: { name: winner } });
    const inbox = await listNotifications(db, owner.id);
    expect(inbox.filter((n) => n.interviewId === interviewId).map((n) => n.kind)).toEqual(["review_claimed"]);
  });

  it("releases a claim back to the queue without its draft verdicts; the owner cannot claim", async () => {
    await claimed();
    await setVerdictOverride(db, mentor, interviewId, {
      ruleId: "database-replication",
      status: "pass",
      reason: "Managed HA.",
    });
    expect((await refusal(releaseReview(db, rival, interviewId))).code).toBe("forbidden");
    await releaseReview(db, mentor, interviewId);
    const view = await loadReviewView(db, rival, interviewId);
    expect(view.review).toMatchObject({ status: "requested", mentor: null, overrides: [] });
    expect((await refusal(claimReview(db, owner, interviewId))).code).toBe("forbidden");
    expect((await refusal(claimReview(db, stranger, interviewId))).code).toBe("not_found");
  });

  it("lets an admin assign and reassign, to mentors only", async () => {
    await requestReview(db, owner, interviewId, "");
    expect((await refusal(assignReview(db, mentor, interviewId, rival.id))).code).toBe("forbidden");
    expect((await refusal(assignReview(db, admin, interviewId, stranger.id))).code).toBe("invalid_request");
    await assignReview(db, admin, interviewId, mentor.id);
    await assignReview(db, admin, interviewId, rival.id);
    expect((await loadReviewView(db, rival, interviewId)).viewer).toBe("reviewer");
    expect((await loadReviewView(db, mentor, interviewId)).viewer).toBe("mentor");
  });

  it("lists the queue oldest first with its filters, never one's own interview", async () => {
    await requestReview(db, owner, interviewId, "first");
    const later = await gradedInterview(db, stranger.id);
    await requestReview(db, stranger, later, "second");
    // The queue's first page is the oldest 50 of every test's requests: date these two back.
    for (const [id, day] of [
      [interviewId, 1],
      [later, 2],
    ] as const)
      await db.review.update({ where: { interviewId: id }, data: { requestedAt: new Date(Date.UTC(2000, 0, day)) } });
    const open = await listReviewQueue(db, mentor, { state: "open", mine: false });
    const ids = open.reviews.map((r) => r.interviewId);
    expect(ids.indexOf(interviewId)).toBeLessThan(ids.indexOf(later));
    await claimReview(db, mentor, later);
    const mine = await listReviewQueue(db, mentor, { state: "open", mine: true });
    expect(mine.reviews.map((r) => r.interviewId)).toContain(later);
    expect(mine.reviews.map((r) => r.interviewId)).not.toContain(interviewId);
    const requested = await listReviewQueue(db, mentor, {
      state: "requested",
      mine: false,
      prompt: "scale-to-millions",
    });
    expect(requested.reviews.map((r) => r.interviewId)).toContain(interviewId);
    expect(requested.reviews.map((r) => r.interviewId)).not.toContain(later);
    const none = await listReviewQueue(db, mentor, { state: "open", mine: false, prompt: "url-shortener" });
    expect(none.reviews.map((r) => r.interviewId)).not.toContain(interviewId);
  });
});

describe("comments", () => {
  it("pins threads to elements of the submitted drawing only", async () => {
    await claimed();
    const thread = await postComment(db, mentor, interviewId, { body: "One database?", elementIds: ["demo-db"] });
    expect(thread).toMatchObject({ body: "One database?", elementIds: ["demo-db"], side: "mentor", parentId: null });
    const missing = await refusal(postComment(db, mentor, interviewId, { body: "x", elementIds: ["nope"] }));
    expect(missing).toMatchObject({ code: "invalid_request", message: "Not in the submitted drawing: nope." });
    const rule = await refusal(postComment(db, mentor, interviewId, { body: "x", elementIds: [], ruleId: "made-up" }));
    expect(rule.code).toBe("invalid_request");
    const { comments } = await listComments(db, owner, interviewId);
    expect(comments.map((c) => c.id)).toEqual([thread.id]);
  });

  it("lets the candidate reply but not start threads; other mentors read only", async () => {
    await claimed();
    const thread = await postComment(db, mentor, interviewId, {
      body: "Why?",
      elementIds: [],
      ruleId: "database-replication",
    });
    expect((await refusal(postComment(db, owner, interviewId, { body: "New", elementIds: [] }))).code).toBe(
      "forbidden",
    );
    const reply = await postComment(db, owner, interviewId, { body: "Budget.", elementIds: [], parentId: thread.id });
    expect(reply).toMatchObject({ parentId: thread.id, side: "candidate" });
    expect((await refusal(postComment(db, rival, interviewId, { body: "Hi", elementIds: [] }))).code).toBe("forbidden");
    expect((await listComments(db, rival, interviewId)).comments).toHaveLength(2);
    expect((await refusal(listComments(db, stranger, interviewId))).code).toBe("not_found");
    const kinds = (await listNotifications(db, mentor.id)).filter((n) => n.interviewId === interviewId);
    expect(kinds.map((n) => n.kind)).toEqual(["comment"]);
    expect(kinds[0]!.href).toBe(`/mentor/reviews/${interviewId}?thread=${thread.id}#threads`);
  });

  it("edits and deletes one's own comments only, leaving a marker; resolves and reopens threads", async () => {
    await claimed();
    const thread = await postComment(db, mentor, interviewId, { body: "Draft", elementIds: [] });
    expect((await refusal(editComment(db, owner, interviewId, thread.id, "Mine now"))).code).toBe("forbidden");
    expect((await editComment(db, mentor, interviewId, thread.id, "Final")).editedAt).not.toBeNull();
    const deleted = await deleteComment(db, mentor, interviewId, thread.id);
    expect(deleted).toMatchObject({ body: "", deletedAt: expect.any(String) });
    expect((await refusal(editComment(db, mentor, interviewId, thread.id, "Back"))).code).toBe("review_state");
    expect((await setThreadResolved(db, owner, interviewId, thread.id, true)).resolved).toBe(true);
    expect((await setThreadResolved(db, mentor, interviewId, thread.id, false)).resolved).toBe(false);
    expect((await refusal(setThreadResolved(db, rival, interviewId, thread.id, true))).code).toBe("forbidden");
  });

  it("answers only what changed since a cursor", async () => {
    await claimed();
    // The mentor's comments of the tests before, a moment ago, must not count toward its rate limit.
    await db.comment.updateMany({ where: { authorId: mentor.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await postComment(db, mentor, interviewId, { body: "Old", elementIds: [] });
    const first = await listComments(db, owner, interviewId);
    await db.comment.updateMany({ where: { interviewId }, data: { updatedAt: new Date(Date.now() - 60_000) } });
    const fresh = await postComment(db, mentor, interviewId, { body: "New", elementIds: [] });
    const changes = await listComments(db, owner, interviewId, new Date(first.cursor));
    expect(changes.comments.map((c) => c.id)).toEqual([fresh.id]);
  });

  it("slows down a user posting faster than a few comments a second, losing nothing written", async () => {
    // A mentor of its own: the limit counts a user's comments everywhere.
    const quick = await createUser(db, "mentor", "Quinn Quick");
    await requestReview(db, owner, interviewId, "");
    await claimReview(db, quick, interviewId);
    for (let i = 0; i < RATE_LIMIT; i++) await postComment(db, quick, interviewId, { body: `c${i}`, elementIds: [] });
    const slow = await refusal(postComment(db, quick, interviewId, { body: "too fast", elementIds: [] }));
    expect(slow.code).toBe("rate_limited");
    expect(slow.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((await listComments(db, quick, interviewId)).comments).toHaveLength(RATE_LIMIT);
  });
});

describe("verdicts and completion", () => {
  it("recomputes the adjusted score with the engine's formula and keeps the grade", async () => {
    await claimed();
    const interview = await db.interview.findUniqueOrThrow({
      where: { id: interviewId },
      include: { grade: true, prompt: true },
    });
    const findings = readGradeResult(interview.grade!.result)!.findings;
    const failing = findings.find((f) => f.status === "fail")!;
    const result = await setVerdictOverride(db, mentor, interviewId, {
      ruleId: failing.ruleId,
      status: "pass",
      reason: "Covered in the notes.",
    });
    const expected = computeScore(
      readStoredPrompt(interview.prompt).rubric,
      findings.map((f) => (f.ruleId === failing.ruleId ? { ...f, status: "pass" as const } : f)),
    );
    expect(result.adjustedScore).toBe(expected);
    expect(result.adjustedScore).toBeGreaterThan(interview.grade!.score);
    expect(result.overrides).toEqual([{ ruleId: failing.ruleId, status: "pass", reason: "Covered in the notes." }]);
    // Setting the engine's own verdict takes the override back.
    const back = await setVerdictOverride(db, mentor, interviewId, {
      ruleId: failing.ruleId,
      status: "fail",
      reason: "x",
    });
    expect(back).toEqual({ overrides: [], adjustedScore: interview.grade!.score });
    const unknown = await refusal(
      setVerdictOverride(db, mentor, interviewId, { ruleId: "nope", status: "pass", reason: "x" }),
    );
    expect(unknown.code).toBe("invalid_request");
    expect(
      (
        await refusal(
          setVerdictOverride(db, rival, interviewId, { ruleId: failing.ruleId, status: "pass", reason: "x" }),
        )
      ).code,
    ).toBe("forbidden");
  });

  it("completes only with every signal, a recommendation and a summary; the candidate then sees it all", async () => {
    await claimed();
    const grade = await db.grade.findUniqueOrThrow({ where: { interviewId } });
    const findings = readGradeResult(grade.result)!.findings;
    const failing = findings.find((f) => f.status === "fail")!;
    await setVerdictOverride(db, mentor, interviewId, {
      ruleId: failing.ruleId,
      status: "not_applicable",
      reason: "Out of scope.",
    });
    expect((await loadReviewView(db, owner, interviewId)).review).toMatchObject({
      overrides: [],
      adjustedScore: null,
      summary: "",
    });
    const incomplete = await refusal(completeReview(db, mentor, interviewId));
    expect(incomplete.code).toBe("invalid_request");
    expect(Object.keys((incomplete.details as { fieldErrors: object }).fieldErrors)).toContain("summary");
    await saveAssessment(db, mentor, interviewId, fullAssessment);
    const done = await completeReview(db, mentor, interviewId);
    expect(done.status).toBe("done");
    const view = await loadReviewView(db, owner, interviewId);
    expect(view.review).toMatchObject({
      status: "done",
      adjustedScore: done.adjustedScore,
      recommendation: "hire",
      summary: fullAssessment.summary,
      overrides: [{ ruleId: failing.ruleId, status: "not_applicable", reason: "Out of scope." }],
    });
    expect(view.review!.signals.deep_dive).toEqual({ score: 3, note: "Solid." });
    expect((await db.grade.findUniqueOrThrow({ where: { interviewId } })).score).toBe(grade.score);
    const entry = (await loadHistory(db, owner.id)).entries.find((e) => e.id === interviewId)!;
    expect(entry).toMatchObject({ score: grade.score, adjustedScore: done.adjustedScore, review: "done" });
    expect(
      (await refusal(setVerdictOverride(db, mentor, interviewId, { ruleId: failing.ruleId, status: null, reason: "" })))
        .code,
    ).toBe("review_state");
    const overview = await loadMentorOverview(db, mentor);
    expect(overview.done.map((d) => d.interviewId)).toContain(interviewId);
    expect(overview.medianTurnaroundMs).toEqual(expect.any(Number));
    const inbox = await listNotifications(db, owner.id);
    expect(inbox.filter((n) => n.interviewId === interviewId).map((n) => n.kind)).toEqual([
      "review_completed",
      "review_claimed",
    ]);
    expect(await markNotificationsRead(db, owner.id, { all: true })).toEqual({ unread: 0 });
  });
});

describe("the demo", () => {
  it("seeds the demo candidate's graded interview with a review requested, once; the demo mentor finds it", async () => {
    await ensureDemoAccounts(db);
    await ensureDemoReview(db);
    await ensureDemoReview(db);
    const [candidate, demoMentor] = await Promise.all(
      DEMO_ACCOUNTS.map((account) => db.user.findUniqueOrThrow({ where: { email: account.email } })),
    );
    const reviews = await db.review.findMany({ where: { interview: { userId: candidate!.id } } });
    expect(reviews).toHaveLength(1);
    const grade = await db.grade.findUniqueOrThrow({ where: { interviewId: reviews[0]!.interviewId } });
    expect(grade.score).toBeGreaterThan(0);
    const queue = await listReviewQueue(db, { ...demoMentor!, role: "mentor" }, { state: "requested", mine: false });
    expect(queue.reviews.map((r) => r.interviewId)).toContain(reviews[0]!.interviewId);
  });
});
