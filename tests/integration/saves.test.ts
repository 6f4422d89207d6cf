// Autosaves under a clumsy network and a hostile client (issue 8, items 11 and 12): a retried
// save that committed is recognised by its idempotency key, refused saves do not pile up
// copies, saves are rate-limited per interview, and revisions have a quota per user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as draftRoute } from "@/app/api/interviews/[id]/draft/route";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { REVISION_QUOTA_BYTES, REVISION_QUOTA_NOTICE, saveDraft } from "@/lib/interviews/draft";
import { SAVE_RATE_LIMIT } from "@/lib/interviews/schemas";
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

async function candidate() {
  const user = await db.user.create({ data: { email: uniqueEmail("saver"), name: "Saver" } });
  const interview = await startInterview(db, user.id, "url-shortener");
  return { userId: user.id, interviewId: interview.id, cookie: await sessionCookieFor(user.id) };
}

const scene = (label: string) => ({
  type: "excalidraw" as const,
  version: 2,
  elements: [{ id: "t1", type: "text", text: label }],
  appState: {},
  files: {},
});

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("idempotent saves (item 11)", () => {
  it("recognises the retry of a save that committed, and still refuses a real second writer", async () => {
    const { userId, interviewId } = await candidate();
    const first = { baseVersion: 0, scene: scene("first"), notes: "", saveKey: "tab-one-key-0001" };
    expect(await saveDraft(db, userId, interviewId, first)).toMatchObject({ version: 1 });
    // The answer was lost; the client retries from version 0 with the same key and more drawn.
    const retry = { ...first, scene: scene("first, then more") };
    expect(await saveDraft(db, userId, interviewId, retry)).toMatchObject({ version: 2 });
    const row = await db.interview.findUniqueOrThrow({ where: { id: interviewId } });
    expect(row.scene).toMatchObject({ elements: [{ text: "first, then more" }] });
    // Another tab, still on version 0 with a key of its own, meets the conflict.
    const other = { baseVersion: 0, scene: scene("other tab"), notes: "", saveKey: "tab-two-key-0002" };
    expect(await refusal(saveDraft(db, userId, interviewId, other))).toMatchObject({ code: "version_conflict" });
    // So does a save with no key at all.
    const keyless = { baseVersion: 0, scene: scene("old client"), notes: "" };
    expect(await refusal(saveDraft(db, userId, interviewId, keyless))).toMatchObject({ code: "version_conflict" });
  });
});

describe("storage (item 12)", () => {
  it("stores each side of repeated identical conflicts once", async () => {
    const { userId, interviewId } = await candidate();
    await saveDraft(db, userId, interviewId, { baseVersion: 0, scene: scene("current"), notes: "" });
    const stale = { baseVersion: 0, scene: scene("stale"), notes: "" };
    for (let attempt = 0; attempt < 10; attempt++) await refusal(saveDraft(db, userId, interviewId, stale));
    // "current" is stored once (its autosave revision), "stale" once (the first conflict).
    const revisions = await db.revision.findMany({ where: { interviewId }, select: { reason: true } });
    expect(revisions.map((revision) => revision.reason).sort()).toEqual(["autosave", "conflict"]);
  });

  it("limits the saves of one interview, 429 past the limit", async () => {
    const { interviewId, cookie } = await candidate();
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= SAVE_RATE_LIMIT.limit; attempt++) {
      const body = { baseVersion: attempt, scene: scene(`round ${attempt}`), notes: "" };
      const request = await apiRequest(`/api/interviews/${interviewId}/draft`, { cookie, method: "PUT", body });
      statuses.push((await draftRoute(request, routeParams({ id: interviewId }))).status);
    }
    expect(statuses.slice(0, SAVE_RATE_LIMIT.limit).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  }, 120_000);

  it("keeps saving past the revision quota, without revisions, and says so", async () => {
    const { userId, interviewId } = await candidate();
    // Revisions of another of the user's interviews already fill the quota.
    const older = await startInterview(db, userId, "chat-system");
    await db.revision.create({
      data: { interviewId: older.id, version: 1, scene: scene("big"), reason: "autosave", bytes: REVISION_QUOTA_BYTES },
    });
    const saved = await saveDraft(db, userId, interviewId, { baseVersion: 0, scene: scene("new"), notes: "" });
    expect(saved).toMatchObject({ version: 1, revisionRecorded: false, notice: REVISION_QUOTA_NOTICE });
    expect(await db.revision.count({ where: { interviewId } })).toBe(0);
  });

  it("does not store an autosave revision identical to one stored already", async () => {
    const { userId, interviewId } = await candidate();
    const same = { scene: scene("unchanged"), notes: "n" };
    const t0 = new Date();
    await saveDraft(db, userId, interviewId, { baseVersion: 0, ...same }, t0);
    const later = new Date(t0.getTime() + 31_000);
    const again = await saveDraft(db, userId, interviewId, { baseVersion: 1, ...same }, later);
    expect(again.revisionRecorded).toBe(false);
    expect(await db.revision.count({ where: { interviewId } })).toBe(1);
  });
});
