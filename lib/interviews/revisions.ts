// The replay timeline of an interview: the revisions autosave, conflicts and submit recorded.
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { loadOwnInterview } from "@/lib/interviews/access";

/** The revisions of one of the user's interviews, oldest first, without their scenes. */
export async function listRevisions(db: Database, userId: string, interviewId: string) {
  await loadOwnInterview(db, userId, interviewId);
  return db.revision.findMany({
    where: { interviewId },
    orderBy: { createdAt: "asc" },
    select: { id: true, version: true, reason: true, createdAt: true },
  });
}

/** One revision with its drawing and notes; "not found" for anyone but the interview's owner. */
export async function getRevision(db: Database, userId: string, interviewId: string, revisionId: string) {
  await loadOwnInterview(db, userId, interviewId);
  const revision = await db.revision.findFirst({
    where: { id: revisionId, interviewId },
    select: { id: true, version: true, reason: true, createdAt: true, scene: true, notes: true },
  });
  if (!revision) throw new AppError("not_found", "No such revision.");
  return revision;
}
