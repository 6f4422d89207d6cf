// The replay timeline of an interview: the revisions autosave, conflicts and submit recorded.
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session";
import { loadOwnInterview } from "@/lib/interviews/access";
import { readReviewAccess } from "@/lib/reviews/access";

/**
 * The replay is the owner's, and also the reading of those who may read the interview's
 * review (its mentors once a review was requested, admins): a mentor replays how the design
 * grew. Anyone else gets the same "not found" as for a missing id.
 */
async function assertCanReadReplay(db: Database, viewer: SessionUser, interviewId: string): Promise<void> {
  const access = await readReviewAccess(db, viewer, interviewId);
  // The owner's read also settles an interview past its deadline, as every owner read does.
  if (access.role === "owner") await loadOwnInterview(db, viewer.id, interviewId);
}

/** The revisions of one of the user's interviews, oldest first, without their scenes. */
export async function listRevisions(db: Database, viewer: SessionUser, interviewId: string) {
  await assertCanReadReplay(db, viewer, interviewId);
  return db.revision.findMany({
    where: { interviewId },
    orderBy: { createdAt: "asc" },
    select: { id: true, version: true, reason: true, createdAt: true },
  });
}

/** One revision with its drawing and notes; "not found" for anyone who may not read the replay. */
export async function getRevision(db: Database, viewer: SessionUser, interviewId: string, revisionId: string) {
  await assertCanReadReplay(db, viewer, interviewId);
  const revision = await db.revision.findFirst({
    where: { id: revisionId, interviewId },
    select: { id: true, version: true, reason: true, createdAt: true, scene: true, notes: true },
  });
  if (!revision) throw new AppError("not_found", "No such revision.");
  return revision;
}
