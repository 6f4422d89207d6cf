import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { interviewNotFound } from "@/lib/interviews/errors";
import { DEADLINE_GRACE_MS, isPastGrace, REVISION_INTERVAL_MS } from "@/lib/interviews/timing";
import { sceneJson, type StoredScene } from "@/lib/interviews/scene";
import { settleIfExpired } from "@/lib/interviews/submit";

export interface DraftSave {
  baseVersion: number;
  scene: StoredScene;
  notes: string;
}

export interface SavedDraft {
  version: number;
  savedAt: Date;
  revisionRecorded: boolean;
}

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
           "version" = "version" + 1, "updatedAt" = ${now}
     WHERE "id" = ${interviewId} AND "userId" = ${userId} AND "version" = ${save.baseVersion}
       AND "status" = 'in_progress' AND "deadline" >= ${graceStart}`;
}

/**
 * Records the saved drawing as a replay revision unless one was recorded in the last
 * REVISION_INTERVAL_MS; the copy is made inside Postgres, so the drawing is not sent twice.
 */
async function recordRevisionIfDue(db: Database, interviewId: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - REVISION_INTERVAL_MS);
  const inserted = await db.$executeRaw`
    INSERT INTO "Revision" ("id", "interviewId", "version", "scene", "notes", "reason", "createdAt")
    SELECT gen_random_uuid()::text, i."id", i."version", i."scene", i."notes", 'autosave', ${now}
      FROM "Interview" i
     WHERE i."id" = ${interviewId}
       AND NOT EXISTS (SELECT 1 FROM "Revision" r
                        WHERE r."interviewId" = ${interviewId} AND r."reason" = 'autosave' AND r."createdAt" > ${since})`;
  return inserted > 0;
}

/** Why a save was refused: not yours, over, too late, or another tab saved first. */
async function explainRefusal(
  db: Database,
  userId: string,
  interviewId: string,
  save: DraftSave,
  now: Date,
): Promise<never> {
  const latest = await db.interview.findFirst({
    where: { id: interviewId, userId },
    select: { status: true, deadline: true, version: true, scene: true, notes: true, updatedAt: true },
  });
  if (!latest) throw interviewNotFound();
  if (latest.status !== "in_progress") throw new AppError("already_submitted", SUBMITTED);
  if (isPastGrace(latest.deadline, now)) {
    await settleIfExpired(db, interviewId, now);
    throw new AppError("deadline_passed", "Time is up: this interview was submitted with its last saved drawing.");
  }
  // Keep both sides of the conflict: whichever the candidate keeps, the other stays in the revisions.
  await db.revision.createMany({
    data: [
      {
        interviewId,
        version: latest.version,
        scene: sceneJson(latest.scene),
        notes: latest.notes,
        reason: "conflict",
        createdAt: now,
      },
      {
        interviewId,
        version: save.baseVersion,
        scene: sceneJson(save.scene),
        notes: save.notes,
        reason: "conflict",
        createdAt: now,
      },
    ],
  });
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
  const revisionRecorded = await recordRevisionIfDue(db, interviewId, now);
  return { version: save.baseVersion + 1, savedAt: now, revisionRecorded };
}
