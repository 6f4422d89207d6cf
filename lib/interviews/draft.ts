import type { Database } from "@/lib/db/client";
import { InterviewError, notFound } from "@/lib/interviews/errors";
import { isPastGrace, REVISION_INTERVAL_MS } from "@/lib/interviews/rules";
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

/**
 * Saves the candidate's drawing with optimistic concurrency: the save names the version it
 * was based on and is refused (409) when another tab saved in between. A refused save is
 * still kept as a revision, so neither tab's work is ever lost.
 */
export async function saveDraft(db: Database, userId: string, interviewId: string, save: DraftSave, now = new Date()): Promise<SavedDraft> {
  const current = await db.interview.findFirst({
    where: { id: interviewId, userId },
    // Not the scene: a drawing can be megabytes, and the happy path never needs the old one.
    select: { status: true, deadline: true },
  });
  if (!current) throw notFound();
  if (current.status !== "in_progress") {
    throw new InterviewError("already_submitted", "This interview has been submitted; it can no longer change.");
  }
  if (isPastGrace(current.deadline, now)) {
    await settleIfExpired(db, interviewId, now);
    throw new InterviewError("deadline_passed", "Time is up: this interview was submitted with its last saved drawing.");
  }

  // The version check and the write are one statement, so two concurrent saves cannot both win.
  const updated = await db.interview.updateMany({
    where: { id: interviewId, version: save.baseVersion, status: "in_progress" },
    data: { scene: sceneJson(save.scene), notes: save.notes, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const latest = await db.interview.findUniqueOrThrow({
      where: { id: interviewId },
      select: { version: true, scene: true, notes: true, updatedAt: true, status: true },
    });
    // Keep both sides of the conflict: whichever the candidate keeps, the other stays in
    // the revisions.
    await db.revision.createMany({
      data: [
        { interviewId, version: latest.version, scene: sceneJson(latest.scene), notes: latest.notes, reason: "conflict", createdAt: now },
        { interviewId, version: save.baseVersion, scene: sceneJson(save.scene), notes: save.notes, reason: "conflict", createdAt: now },
      ],
    });
    if (latest.status !== "in_progress") {
      throw new InterviewError("already_submitted", "This interview has been submitted; it can no longer change.");
    }
    throw new InterviewError("version_conflict", "This interview was changed in another tab or window.", {
      current: { version: latest.version, scene: latest.scene, notes: latest.notes, savedAt: latest.updatedAt },
    });
  }

  const version = save.baseVersion + 1;
  const lastRevision = await db.revision.findFirst({
    where: { interviewId, reason: "autosave" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const due = !lastRevision || now.getTime() - lastRevision.createdAt.getTime() >= REVISION_INTERVAL_MS;
  if (due) {
    await db.revision.create({ data: { interviewId, version, scene: sceneJson(save.scene), notes: save.notes, reason: "autosave", createdAt: now } });
  }
  return { version, savedAt: now, revisionRecorded: due };
}
