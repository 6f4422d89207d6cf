import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { interviewNotFound } from "@/lib/interviews/errors";
import { DEADLINE_GRACE_MS, isPastGrace, REVISION_INTERVAL_MS } from "@/lib/interviews/timing";
import type { StoredScene } from "@/lib/interviews/scene";
import { settleIfExpired } from "@/lib/interviews/submit";

export interface DraftSave {
  baseVersion: number;
  scene: StoredScene;
  notes: string;
  /**
   * The idempotency key of the client's saves from `baseVersion` on: a save that committed
   * but whose answer was lost is recognised by it when the client sends again.
   */
  saveKey?: string;
}

export interface SavedDraft {
  version: number;
  savedAt: Date;
  revisionRecorded: boolean;
  /** Set when the user's replay history is full: the save went through, no revision was kept. */
  notice?: string;
}

/**
 * What a user's replay revisions may take in all (scenes and notes, as stored). Past it,
 * saves still go through (the interview keeps its latest drawing) but no revision is kept.
 */
export const REVISION_QUOTA_BYTES = 200_000_000;
export const REVISION_QUOTA_NOTICE =
  "Your replay history is full (200 MB), so this save was not added to it. Your drawing is saved.";

const SUBMITTED = "This interview has been submitted; it can no longer change.";

/**
 * The write of an autosave, in one statement: it succeeds only for the owner, on the version
 * the save was based on, while the interview runs and before the deadline's grace. The scene
 * goes to Postgres as one JSON string parameter: a drawing is hundreds of kilobytes, and
 * handing it to Prisma as an object made it walk every element (measured: ~35 ms a save
 * against ~3 ms this way; see scripts/bench-autosave.ts).
 */
async function writeDraft(
  db: Database,
  userId: string,
  interviewId: string,
  save: DraftSave,
  now: Date,
): Promise<number> {
  const graceStart = new Date(now.getTime() - DEADLINE_GRACE_MS);
  return db.$executeRaw`
    UPDATE "Interview"
       SET "scene" = ${JSON.stringify(save.scene)}::jsonb, "notes" = ${save.notes},
           "version" = "version" + 1, "updatedAt" = ${now}, "saveKey" = ${save.saveKey ?? null}
     WHERE "id" = ${interviewId} AND "userId" = ${userId} AND "version" = ${save.baseVersion}
       AND "status" = 'in_progress' AND "deadline" >= ${graceStart}`;
}

/**
 * Records the saved drawing as a replay revision unless one was recorded in the last
 * REVISION_INTERVAL_MS, an identical one is stored already, or the owner's revisions would
 * pass REVISION_QUOTA_BYTES. The copy is made inside Postgres, so the drawing is not sent
 * twice. Returns whether one was recorded, or "quota" when the quota stopped it.
 */
async function recordRevisionIfDue(db: Database, interviewId: string, now: Date): Promise<boolean | "quota"> {
  const since = new Date(now.getTime() - REVISION_INTERVAL_MS);
  const rows = await db.$queryRaw<{ recorded: boolean; full: boolean }[]>`
    WITH due AS (
      SELECT i."id", i."version", i."scene", i."notes",
             md5(i."scene"::text || i."notes") AS "hash",
             octet_length(i."scene"::text) + octet_length(i."notes") AS "bytes",
             ${userRevisionBytes(Prisma.sql`i."userId"`)} AS "used"
        FROM "Interview" i
       WHERE i."id" = ${interviewId}
         AND NOT EXISTS (SELECT 1 FROM "Revision" r
                          WHERE r."interviewId" = ${interviewId} AND r."reason" = 'autosave' AND r."createdAt" > ${since})
    ), inserted AS (
      INSERT INTO "Revision" ("id", "interviewId", "version", "scene", "notes", "reason", "createdAt", "contentHash", "bytes")
      SELECT gen_random_uuid()::text, d."id", d."version", d."scene", d."notes", 'autosave', ${now}, d."hash", d."bytes"
        FROM due d
       WHERE d."used" + d."bytes" <= ${REVISION_QUOTA_BYTES}
         AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."interviewId" = d."id" AND r."contentHash" = d."hash")
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM inserted) AS "recorded",
           EXISTS (SELECT 1 FROM due d WHERE d."used" + d."bytes" > ${REVISION_QUOTA_BYTES}) AS "full"`;
  const [row] = rows;
  return row?.full ? "quota" : (row?.recorded ?? false);
}

/** SQL for the bytes of every revision of a user's interviews (the quota's count). */
function userRevisionBytes(userId: Prisma.Sql) {
  return Prisma.sql`(SELECT coalesce(sum(r."bytes"), 0) FROM "Revision" r
                       JOIN "Interview" j ON j."id" = r."interviewId" WHERE j."userId" = ${userId})`;
}

/**
 * Keeps one side of a conflict as a revision: not when an identical one is stored already,
 * nor past the owner's quota. Hashing and sizing happen in Postgres.
 */
async function keepConflictSide(
  db: Database,
  userId: string,
  interviewId: string,
  side: { version: number; sceneJson: string; notes: string },
  now: Date,
): Promise<void> {
  await db.$executeRaw`
    WITH side AS (
      SELECT ${side.sceneJson}::jsonb AS "scene", ${side.notes}::text AS "notes"
    ), sized AS (
      SELECT s."scene", s."notes", md5(s."scene"::text || s."notes") AS "hash",
             octet_length(s."scene"::text) + octet_length(s."notes") AS "bytes"
        FROM side s
    )
    INSERT INTO "Revision" ("id", "interviewId", "version", "scene", "notes", "reason", "createdAt", "contentHash", "bytes")
    SELECT gen_random_uuid()::text, ${interviewId}, ${side.version}, z."scene", z."notes", 'conflict', ${now}, z."hash", z."bytes"
      FROM sized z
     WHERE NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."interviewId" = ${interviewId} AND r."contentHash" = z."hash")
       AND ${userRevisionBytes(Prisma.sql`${userId}`)} + z."bytes" <= ${REVISION_QUOTA_BYTES}`;
}

/** Why a save was refused: not yours, over, too late, or another tab saved first. */
async function explainRefusal(
  db: Database,
  userId: string,
  interviewId: string,
  save: DraftSave,
  now: Date,
): Promise<SavedDraft> {
  const latest = await db.interview.findFirst({
    where: { id: interviewId, userId },
    select: { status: true, deadline: true, version: true, scene: true, notes: true, updatedAt: true, saveKey: true },
  });
  if (!latest) throw interviewNotFound();
  if (latest.status !== "in_progress") throw new AppError("already_submitted", SUBMITTED);
  if (isPastGrace(latest.deadline, now)) {
    await settleIfExpired(db, interviewId, now);
    throw new AppError("deadline_passed", "Time is up: this interview was submitted with its last saved drawing.");
  }
  // This client's own save committed, but its answer was lost (the key it carries wrote the
  // latest version): no other writer came in between, so this save goes on top of it.
  if (save.saveKey && latest.saveKey === save.saveKey && latest.version > save.baseVersion) {
    return saveDraft(db, userId, interviewId, { ...save, baseVersion: latest.version }, now);
  }
  // Keep both sides of the conflict: whichever the candidate keeps, the other stays in the revisions.
  const current = { version: latest.version, sceneJson: JSON.stringify(latest.scene), notes: latest.notes };
  await keepConflictSide(db, userId, interviewId, current, now);
  const theirs = { version: save.baseVersion, sceneJson: JSON.stringify(save.scene), notes: save.notes };
  await keepConflictSide(db, userId, interviewId, theirs, now);
  throw new AppError("version_conflict", "This interview was changed in another tab or window.", {
    current: { version: latest.version, scene: latest.scene, notes: latest.notes, savedAt: latest.updatedAt },
  });
}

/**
 * Saves the candidate's drawing with optimistic concurrency: the save names the version it
 * was based on and is refused (409) when another tab saved in between. A refused save is
 * still kept as a revision, so neither tab's work is ever lost.
 */
export async function saveDraft(
  db: Database,
  userId: string,
  interviewId: string,
  save: DraftSave,
  now = new Date(),
): Promise<SavedDraft> {
  const written = await writeDraft(db, userId, interviewId, save, now);
  if (written === 0) return explainRefusal(db, userId, interviewId, save, now);
  const recorded = await recordRevisionIfDue(db, interviewId, now);
  const saved = { version: save.baseVersion + 1, savedAt: now, revisionRecorded: recorded === true };
  return recorded === "quota" ? { ...saved, notice: REVISION_QUOTA_NOTICE } : saved;
}
