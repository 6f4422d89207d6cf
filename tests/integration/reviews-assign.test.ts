// An admin assigns a review to a mentor, or reassigns it, through the route the queue's and
// the workspace's assignment control call (PUT /api/interviews/:id/review/assign), on a real
// database: only admins, only to mentors, never to the candidate, never a done review; the
// new holder can work on it at once and the old one no longer can.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as assign from "@/app/api/interviews/[id]/review/assign/route";
import * as verdicts from "@/app/api/interviews/[id]/review/verdicts/route";
import type { Database } from "@/lib/db/client";
import { readGradeResult } from "@/lib/reports/grade";
import { listAssignableMentors } from "@/lib/reviews/claims";
import { listNotifications } from "@/lib/reviews/notifications";
import { requestReview } from "@/lib/reviews/requests";
import { getDatabase, getDb } from "@/lib/startup/database";
import { apiRequest, routeParams } from "./helpers";
import { createUser, gradedInterview, type TestUser } from "./reviews-fixtures";

let db: Database;
let owner: TestUser, other: TestUser, first: TestUser, second: TestUser, admin: TestUser, mentorOwner: TestUser;

beforeAll(async () => {
  db = await getDb();
  owner = await createUser(db, "candidate", "Cleo Candidate");
  other = await createUser(db, "candidate", "Otto Other");
  first = await createUser(db, "mentor", "Fay First");
  second = await createUser(db, "mentor", "Sam Second");
  admin = await createUser(db, "admin", "Abe Admin");
  // A mentor who practises too: their own interview can never be theirs to review.
  mentorOwner = await createUser(db, "mentor", "Pat Practising");
});
afterAll(async () => {
  await (await getDatabase()).close();
});

async function requested(candidate: TestUser = owner): Promise<string> {
  const id = await gradedInterview(db, candidate.id);
  await requestReview(db, candidate, id, "Is the data tier enough?");
  return id;
}

async function put(who: TestUser | null, id: string, body: unknown) {
  const request = await apiRequest(`/api/interviews/${id}/review/assign`, {
    method: "PUT",
    cookie: who?.cookie,
    body,
  });
  const response = await assign.PUT(request, routeParams({ id }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function override(who: TestUser, id: string) {
  const grade = await db.grade.findUniqueOrThrow({ where: { interviewId: id } });
  const ruleId = readGradeResult(grade.result)!.findings.find((f) => f.status === "fail")!.ruleId;
  const request = await apiRequest(`/api/interviews/${id}/review/verdicts`, {
    method: "PUT",
    cookie: who.cookie,
    body: { ruleId, status: "pass", reason: "Covered in the notes." },
  });
  return (await verdicts.PUT(request, routeParams({ id }))).status;
}

describe("assigning a review", () => {
  it("hands a requested review to a mentor, who may work on it at once; the candidate and the mentor are told", async () => {
    const id = await requested();
    const answer = await put(admin, id, { mentorId: first.id });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      viewer: "admin",
      review: { status: "in_review", mentor: { id: first.id, name: "Fay First" } },
    });
    expect(await override(first, id)).toBe(200);
    for (const told of [owner, first]) {
      const inbox = await listNotifications(db, told.id);
      expect(inbox.some((n) => n.interviewId === id && n.kind === "review_claimed")).toBe(true);
    }
    expect((await listNotifications(db, second.id)).some((n) => n.interviewId === id)).toBe(false);
  });

  it("reassigns: the new mentor holds it, the old one can no longer change it, and the old draft verdicts go", async () => {
    const id = await requested();
    await put(admin, id, { mentorId: first.id });
    expect(await override(first, id)).toBe(200);
    const answer = await put(admin, id, { mentorId: second.id });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ review: { mentor: { id: second.id }, overrides: [] } });
    expect(await override(first, id)).toBe(403);
    expect(await override(second, id)).toBe(200);
  });

  it("refuses everyone but an admin, whatever the id says", async () => {
    const id = await requested();
    for (const who of [owner, other, first, second]) {
      const answer = await put(who, id, { mentorId: second.id });
      expect(answer.status, who.name).toBe(403);
    }
    expect((await put(null, id, { mentorId: second.id })).status).toBe(401);
    const review = await db.review.findUniqueOrThrow({ where: { interviewId: id } });
    expect(review).toMatchObject({ status: "requested", mentorId: null });
  });

  it("assigns only to a mentor, never to the candidate, and never a done review; bad ids answer with a message", async () => {
    const id = await requested();
    const toCandidate = await put(admin, id, { mentorId: other.id });
    expect(toCandidate.status).toBe(400);
    expect(toCandidate.body).toMatchObject({ code: "invalid_request", fieldErrors: { mentorId: ["Not a mentor."] } });
    expect((await put(admin, id, { mentorId: "nosuchuser" })).status).toBe(400);
    expect((await put(admin, id, { mentorId: "not an id!" })).status).toBe(400);
    expect((await put(admin, id, {})).status).toBe(400);

    const own = await requested(mentorOwner);
    const toSelf = await put(admin, own, { mentorId: mentorOwner.id });
    expect(toSelf.status).toBe(400);
    expect(toSelf.body.error).toBe("Nobody reviews their own interview.");

    // Nothing asked: no review to assign, and an id that does not exist looks the same.
    const unrequested = await gradedInterview(db, owner.id);
    expect((await put(admin, unrequested, { mentorId: first.id })).status).toBe(404);
    expect((await put(admin, "nosuchinterview", { mentorId: first.id })).status).toBe(404);

    await put(admin, id, { mentorId: first.id });
    await db.review.update({ where: { interviewId: id }, data: { status: "done", completedAt: new Date() } });
    const done = await put(admin, id, { mentorId: second.id });
    expect(done.status).toBe(409);
    expect(done.body).toMatchObject({ code: "review_state" });
  });

  it("offers mentors and admins as the choices, by name, and no candidate", async () => {
    const choices = await listAssignableMentors(db);
    const ids = choices.map((choice) => choice.id);
    for (const who of [first, second, admin, mentorOwner]) expect(ids).toContain(who.id);
    for (const who of [owner, other]) expect(ids).not.toContain(who.id);
    const at = (who: TestUser) => ids.indexOf(who.id);
    expect([at(admin), at(first), at(mentorOwner), at(second)]).toEqual(
      [at(admin), at(first), at(mentorOwner), at(second)].sort((a, b) => a - b),
    );
  });
});
